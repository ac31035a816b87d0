package writer.job;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import writer.kafka.OffsetLookup;
import writer.output.JobOutput;

/**
 * Reads a job's data topics (protocol.md §6.1): every partition from the offset for Kafka time
 * {@code start - time_before_start}, handing each record to the job's output until the partition is finished.
 * A {@link Prefetcher} polls the consumer on its own thread; everything else here runs on the main loop, which
 * decides when a partition is finished from the offsets it has handed to the output, not from the consumer's.
 */
final class DataConsumer implements AutoCloseable {
    private static final Logger LOG = System.getLogger(DataConsumer.class.getName());
    private static final Duration END_OFFSET_CHECK_INTERVAL = Duration.ofMillis(500);
    /** When a partition without a record for the start time begins at its end, after the assignment (§6.1). */
    static final Duration LATE_END_DELAY = Duration.ofMillis(650);

    private final KafkaConsumer<ByteBuffer, ByteBuffer> consumer;
    private final OffsetLookup lookup;
    private final boolean ownsLookup;
    private final JobOutput output;
    private final Duration timeAfterStop;
    private final Duration errorTimeout;
    private final Set<TopicPartition> unfinished = new HashSet<>();
    /** Per partition, the offset after the last record handed to the output (or skipped past by the consumer). */
    private final Map<TopicPartition, Long> handedOver = new HashMap<>();

    private Prefetcher prefetcher;
    private Duration lookupTimeout = Duration.ofSeconds(1);
    private Instant stopOrNull;
    private Instant firstErrorOrNull;
    private Instant nextEndOffsetCheck = Instant.MIN;
    /** Partitions whose time look-up found no record: paused until their end is looked up (§6.1). */
    private final Set<TopicPartition> lateEnds = new HashSet<>();

    private long lateEndsDueNanos;
    /** Where the main loop's reading time went, for the job's timeline. */
    private long waitedNanos;

    private long writingNanos;

    /** {@code ownsLookup}: closed with this consumer (otherwise the writer's, shared with the command channel). */
    DataConsumer(
            KafkaConsumer<ByteBuffer, ByteBuffer> consumer,
            OffsetLookup lookup,
            boolean ownsLookup,
            JobOutput output,
            Instant stopOrNull,
            Duration timeAfterStop,
            Duration errorTimeout) {
        this.consumer = consumer;
        this.lookup = lookup;
        this.ownsLookup = ownsLookup;
        this.output = output;
        this.stopOrNull = stopOrNull;
        this.timeAfterStop = timeAfterStop;
        this.errorTimeout = errorTimeout;
    }

    /**
     * Assigns every partition of the topics, seeks to the first record at or after {@code from} and starts
     * fetching. A partition with no such record begins at its end as it is {@link #LATE_END_DELAY} later: the real
     * writer leaves that end to librdkafka, which resolves it 0.45-0.65 s after the assignment, and what arrives in
     * between is never read (protocol.md §6.1). The reference writer takes the latest of those moments, so a test
     * that publishes its first live message only after the start's answer fails here too.
     */
    void seek(Collection<String> topics, Instant from, Duration timeout) {
        lookupTimeout = timeout;
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            partitions.addAll(lookup.partitions(topic, timeout));
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, Math.max(0, from.toEpochMilli())));
        Map<TopicPartition, Long> ends = lookup.endOffsets(partitions, timeout);
        Map<TopicPartition, OffsetAndTimestamp> offsets = lookup.offsetsForTimes(times, timeout);
        consumer.assign(partitions);
        lateEndsDueNanos = System.nanoTime() + LATE_END_DELAY.toNanos();
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            // A late end waits, paused, at the end as it was: then it has a position, and nothing has been read.
            long position = offset == null ? ends.get(partition) : offset.offset();
            consumer.seek(partition, position);
            handedOver.put(partition, position);
            if (offset == null) {
                lateEnds.add(partition); // no record for the start time: it begins at its end as it is later
            }
        }
        consumer.pause(lateEnds);
        unfinished.addAll(partitions);
        prefetcher = new Prefetcher(consumer, String.join(",", topics), lateEnds, LATE_END_DELAY);
    }

    /**
     * Once due, looks the late ends up (on the main loop's look-up consumer, which answers at once, not behind a
     * fetch of the data consumer's) and lets the prefetcher start them there; on a Kafka error it tries again at
     * the next poll.
     */
    private void resolveLateEndsWhenDue() {
        if (lateEnds.isEmpty() || System.nanoTime() < lateEndsDueNanos) {
            return;
        }
        Map<TopicPartition, Long> ends;
        try {
            ends = lookup.endOffsets(List.copyOf(lateEnds), lookupTimeout);
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            LOG.log(Level.WARNING, "Looking up where to begin {0} failed, trying again: {1}", lateEnds, e.getMessage());
            return;
        }
        prefetcher.beginAt(ends); // its next batch reports the new positions
        LOG.log(
                Level.DEBUG,
                "Partitions without a record for the start time begin at their end, {0} ms after the assignment: {1}",
                (System.nanoTime() - lateEndsDueNanos + LATE_END_DELAY.toNanos()) / 1_000_000,
                ends);
        lateEnds.clear();
    }

    /** At most {@code timeout}, and not past the moment the late ends are due. */
    private Duration waitAtMost(Duration timeout) {
        if (lateEnds.isEmpty()) {
            return timeout;
        }
        long untilDue = Math.max(0, lateEndsDueNanos - System.nanoTime());
        return untilDue < timeout.toNanos() ? Duration.ofNanos(untilDue) : timeout;
    }

    void stopTimeChanged(Instant stop) {
        stopOrNull = stop;
    }

    boolean allFinished() {
        return unfinished.isEmpty();
    }

    /** Takes the next fetched batch (waiting at most {@code timeout}), hands it to the output, finishes partitions. */
    void poll(Duration timeout, Instant now) {
        if (unfinished.isEmpty()) {
            return;
        }
        resolveLateEndsWhenDue();
        Prefetcher.Batch batch;
        long waitStarted = System.nanoTime();
        try {
            batch = prefetcher.next(waitAtMost(timeout));
            waitedNanos += System.nanoTime() - waitStarted;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WakeupException();
        }
        if (batch != null) {
            if (batch.error() instanceof WakeupException wakeUp) {
                throw wakeUp; // the writer is shutting down
            } else if (batch.error() != null) {
                handleError(batch.error(), now);
                return;
            }
            firstErrorOrNull = null;
            long writeStarted = System.nanoTime();
            write(batch);
            writingNanos += System.nanoTime() - writeStarted;
        }
        finishTopicsTheOutputIsDoneWith();
        finishPartitionsAtTheirEnd(now);
    }

    /** Partition by partition (the order the records came in), with no per-record key or Instant to build. */
    private void write(Prefetcher.Batch batch) {
        Instant latest = latestAcceptedTime();
        long latestMs = latest == null ? Long.MAX_VALUE : latest.toEpochMilli();
        ConsumerRecords<ByteBuffer, ByteBuffer> records = batch.records();
        for (TopicPartition partition : records.partitions()) {
            if (!unfinished.contains(partition)) {
                continue;
            }
            for (ConsumerRecord<ByteBuffer, ByteBuffer> record : records.records(partition)) {
                try {
                    output.accept(record.topic(), record.value(), record.timestamp());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Skipping a record of {0} the output could not take: {1}", partition, e);
                }
                if (record.timestamp() > latestMs) {
                    finish(partition, "a message past stop + time_after_stop");
                    break;
                }
            }
        }
        batch.positions().forEach((partition, position) -> {
            if (unfinished.contains(partition)) {
                handedOver.put(partition, position);
            }
        });
    }

    private Instant latestAcceptedTime() {
        return stopOrNull == null ? null : stopOrNull.plus(timeAfterStop);
    }

    private void finishTopicsTheOutputIsDoneWith() {
        for (TopicPartition partition : List.copyOf(unfinished)) {
            if (output.topicFinished(partition.topic())) {
                finish(partition, "every source on the topic finished");
            }
        }
    }

    /** A partition read to its end is finished once the wall clock is past stop + time_after_stop. */
    private void finishPartitionsAtTheirEnd(Instant now) {
        Instant latest = latestAcceptedTime();
        if (latest == null || !now.isAfter(latest) || unfinished.isEmpty() || now.isBefore(nextEndOffsetCheck)) {
            return;
        }
        nextEndOffsetCheck = now.plus(END_OFFSET_CHECK_INTERVAL);
        try {
            Map<TopicPartition, Long> ends = lookup.endOffsets(List.copyOf(unfinished), lookupTimeout);
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                if (handedOver.get(end.getKey()) >= end.getValue()) {
                    finish(end.getKey(), "its end was reached after stop + time_after_stop");
                }
            }
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            handleError(e, now);
        }
    }

    private void handleError(KafkaException error, Instant now) {
        if (firstErrorOrNull == null) {
            firstErrorOrNull = now;
        }
        LOG.log(Level.WARNING, "Reading data failed: {0}", error.getMessage());
        if (Duration.between(firstErrorOrNull, now).compareTo(errorTimeout) > 0) {
            LOG.log(Level.ERROR, "Kafka errors lasted longer than --kafka-error-timeout; giving up on {0}", unfinished);
            List.copyOf(unfinished).forEach(partition -> finish(partition, "Kafka errors"));
        }
    }

    private void finish(TopicPartition partition, String why) {
        if (unfinished.remove(partition)) {
            if (prefetcher != null) {
                prefetcher.pause(partition);
            }
            LOG.log(Level.DEBUG, "Finished reading {0}: {1}", partition, why);
        }
    }

    /** For example "waited 120 ms for fetched data, 900 ms decoding and writing". */
    String timeSpent() {
        return String.format(
                "waited %d ms for fetched data, %d ms decoding and writing",
                Math.round(waitedNanos / 1e6), Math.round(writingNanos / 1e6));
    }

    /** Makes a blocking call return at once (from any thread): the writer is shutting down. */
    void wakeUp() {
        Prefetcher current = prefetcher;
        if (current != null) {
            current.wakeUp();
        } else {
            consumer.wakeup();
        }
        lookup.wakeUp();
    }

    /** Without waiting: the prefetching thread drops any fetch in flight and closes the consumer. */
    @Override
    public void close() {
        if (prefetcher != null) {
            prefetcher.close();
        } else {
            consumer.close(CloseOptions.timeout(Duration.ZERO));
        }
        if (ownsLookup) {
            lookup.close();
        }
    }
}
