package writer.job;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
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
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import writer.output.JobOutput;

/**
 * Reads a job's data topics (protocol.md §6.1): every partition from the offset for Kafka time
 * {@code start - time_before_start}, handing each record to the job's output until the partition is finished.
 */
final class DataConsumer implements AutoCloseable {
    private static final Logger LOG = System.getLogger(DataConsumer.class.getName());
    private static final Duration END_OFFSET_CHECK_INTERVAL = Duration.ofMillis(500);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final JobOutput output;
    private final Duration timeAfterStop;
    private final Duration errorTimeout;
    private final Set<TopicPartition> unfinished = new HashSet<>();
    private Instant stopOrNull;
    private Instant firstErrorOrNull;
    private Instant nextEndOffsetCheck = Instant.MIN;
    private Map<TopicPartition, Long> drainTargets;

    DataConsumer(
            KafkaConsumer<byte[], byte[]> consumer,
            JobOutput output,
            Instant stopOrNull,
            Duration timeAfterStop,
            Duration errorTimeout) {
        this.consumer = consumer;
        this.output = output;
        this.stopOrNull = stopOrNull;
        this.timeAfterStop = timeAfterStop;
        this.errorTimeout = errorTimeout;
    }

    /** Assigns every partition of the topics and seeks to the first record at or after {@code from}. */
    void seek(Collection<String> topics, Instant from, Duration timeout) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : topics) {
            for (PartitionInfo info : consumer.partitionsFor(topic, timeout)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
        }
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, Math.max(0, from.toEpochMilli())));
        Map<TopicPartition, OffsetAndTimestamp> offsets = consumer.offsetsForTimes(times, timeout);
        consumer.assign(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            if (offset == null) {
                consumer.seekToEnd(List.of(partition));
            } else {
                consumer.seek(partition, offset.offset());
            }
        }
        // Resolve lazy seeks now: left to a poll, the lookup was seen to stall after a reassignment.
        partitions.forEach(partition -> consumer.position(partition, timeout));
        unfinished.addAll(partitions);
    }

    /**
     * Stop-now: every unfinished partition is read up to its end as of now, so data published before the stop
     * command is written, and then finished.
     */
    void drainToCurrentEnd(Duration timeout) {
        try {
            drainTargets = consumer.endOffsets(List.copyOf(unfinished), timeout);
        } catch (KafkaException e) {
            LOG.log(Level.WARNING, "No end offsets to read up to before stopping: {0}", e.getMessage());
            List.copyOf(unfinished).forEach(partition -> finish(partition, "stop-now"));
        }
    }

    void stopTimeChanged(Instant stop) {
        stopOrNull = stop;
    }

    boolean allFinished() {
        return unfinished.isEmpty();
    }

    /** Polls once, hands the records to the output and marks partitions that are done. */
    void poll(Duration timeout, Instant now) {
        if (unfinished.isEmpty()) {
            return;
        }
        if (drainTargets != null) {
            finishDrainedPartitions();
        }
        ConsumerRecords<byte[], byte[]> records;
        try {
            records = consumer.poll(timeout);
            firstErrorOrNull = null;
        } catch (WakeupException e) {
            throw e; // the writer is shutting down
        } catch (KafkaException e) {
            handleError(e, now);
            return;
        }
        // Partition by partition (the order the records came in), with no per-record key or Instant to build.
        Instant latest = latestAcceptedTime();
        long latestMs = latest == null ? Long.MAX_VALUE : latest.toEpochMilli();
        for (TopicPartition partition : records.partitions()) {
            for (ConsumerRecord<byte[], byte[]> record : records.records(partition)) {
                if (!unfinished.contains(partition)) {
                    break;
                }
                try {
                    output.accept(record.topic(), record.value(), record.timestamp());
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Skipping a record of {0} the output could not take: {1}", partition, e);
                }
                if (record.timestamp() > latestMs) {
                    finish(partition, "a message past stop + time_after_stop");
                }
            }
        }
        finishTopicsTheOutputIsDoneWith();
        finishPartitionsAtTheirEnd(now);
        finishDrainedPartitions();
    }

    private void finishDrainedPartitions() {
        if (drainTargets == null) {
            return;
        }
        for (TopicPartition partition : List.copyOf(unfinished)) {
            Long target = drainTargets.get(partition);
            if (target == null || consumer.position(partition, Duration.ofSeconds(1)) >= target) {
                finish(partition, "read up to where it ended at the stop-now");
            }
        }
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
            Map<TopicPartition, Long> ends = consumer.endOffsets(List.copyOf(unfinished), Duration.ofSeconds(1));
            for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
                if (consumer.position(end.getKey(), Duration.ofSeconds(1)) >= end.getValue()) {
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
            consumer.pause(List.of(partition));
            LOG.log(Level.DEBUG, "Finished reading {0}: {1}", partition, why);
        }
    }

    /** Makes a blocking call of the consumer return at once (from any thread): the writer is shutting down. */
    void wakeUp() {
        consumer.wakeup();
    }

    /** Without waiting: the consumer has no group and commits nothing, so an in-flight fetch is simply dropped. */
    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ZERO));
    }
}
