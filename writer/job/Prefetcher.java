package writer.job;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Polls a job's data consumer on a thread of its own, so that Kafka's fetching and record parsing overlap the
 * main loop's decoding and HDF5 writing. Once started, the consumer belongs to that thread alone (it is not
 * thread-safe): it polls, pauses the partitions the main loop has finished, and closes the consumer when told to
 * stop. The batches go to the main loop through a queue of at most {@link #CAPACITY} batches, so memory stays
 * bounded however far the writer lags behind the topic.
 */
final class Prefetcher implements AutoCloseable {
    private static final Logger LOG = System.getLogger(Prefetcher.class.getName());
    /**
     * Batches waiting for the main loop; each is one poll (at most 4 MiB per partition, 10 000 records). Two keep
     * the main loop fed; more only stay alive through collections and are copied by each one.
     */
    static final int CAPACITY = 2;

    private static final Duration POLL = Duration.ofMillis(100);

    /** While late ends wait to begin: the thread looks often for the main loop's word that they may. */
    private static final Duration SHORT_POLL = Duration.ofMillis(5);

    /**
     * What one poll gave: its records (possibly none) and, for every assigned partition, the consumer's position
     * right after it, i.e. the offset after the last record handed over; or the error the poll threw.
     */
    record Batch(
            ConsumerRecords<ByteBuffer, ByteBuffer> records,
            Map<TopicPartition, Long> positions,
            KafkaException error) {}

    private final KafkaConsumer<ByteBuffer, ByteBuffer> consumer;
    private final LinkedBlockingQueue<Batch> queue = new LinkedBlockingQueue<>();
    private final Semaphore room = new Semaphore(CAPACITY);
    private final Set<TopicPartition> toPause = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    /**
     * Partitions that begin at their end as it is a moment after the assignment (protocol.md §6.1), paused until
     * then; this thread's alone.
     */
    private final Set<TopicPartition> lateEnds;
    /** Where the late ends begin, from the main loop's look-up ({@link #beginAt}). */
    private final Map<TopicPartition, Long> toBegin = new ConcurrentHashMap<>();

    private final long lateEndsDueNanos;
    private volatile boolean running = true;

    /**
     * Takes over {@code consumer}, assigned and positioned already, and starts polling it. The {@code lateEnds} are
     * paused and stay so until {@link #beginAt} says where they begin, which the main loop does {@code lateEndDelay}
     * after now.
     */
    Prefetcher(
            KafkaConsumer<ByteBuffer, ByteBuffer> consumer,
            String name,
            Set<TopicPartition> lateEnds,
            Duration lateEndDelay) {
        this.consumer = consumer;
        this.lateEnds = new HashSet<>(lateEnds);
        this.lateEndsDueNanos = System.nanoTime() + lateEndDelay.toNanos();
        this.thread = new Thread(this::pollUntilStopped, "data " + name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The next batch, waiting at most {@code timeout}; null if none came. */
    Batch next(Duration timeout) throws InterruptedException {
        Batch batch = queue.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
        if (batch != null) {
            room.release();
        }
        return batch;
    }

    /** The late ends begin at these offsets (the ends the main loop looked up when they were due). */
    void beginAt(Map<TopicPartition, Long> offsets) {
        toBegin.putAll(offsets);
    }

    /** The partition is finished: it is fetched no more (its records already queued are still handed over). */
    void pause(TopicPartition partition) {
        toPause.add(partition);
    }

    private void pollUntilStopped() {
        Set<TopicPartition> paused = new HashSet<>();
        Map<TopicPartition, Long> lastPositions = Map.of();
        boolean lastFailed = false;
        try {
            while (running) {
                pauseFinished(paused);
                Batch batch;
                try {
                    beginLateEnds(paused);
                    ConsumerRecords<ByteBuffer, ByteBuffer> records = consumer.poll(pollTimeout());
                    Map<TopicPartition, Long> positions = positions();
                    // An empty batch after an error tells the main loop that reading works again.
                    if (records.isEmpty() && positions.equals(lastPositions) && !lastFailed) {
                        continue;
                    }
                    lastPositions = positions;
                    lastFailed = false;
                    batch = new Batch(records, positions, null);
                } catch (WakeupException | InterruptException e) {
                    continue; // stopping: the loop's condition ends it
                } catch (KafkaException e) {
                    lastFailed = true;
                    batch = new Batch(ConsumerRecords.empty(), Map.of(), e);
                }
                room.acquire();
                queue.add(batch);
            }
        } catch (InterruptedException e) {
            // stopping
        } catch (RuntimeException e) {
            if (running) {
                LOG.log(Level.ERROR, "Reading data stopped: {0}", e.toString());
                queue.add(new Batch(ConsumerRecords.empty(), Map.of(), new KafkaException("reading data stopped", e)));
            }
        } finally {
            Thread.interrupted(); // an interrupted close would leave the consumer's sockets open
            try {
                consumer.close(CloseOptions.timeout(Duration.ZERO));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Closing the data consumer: {0}", e.toString());
            }
        }
    }

    /** Called from the shutdown hook: the main loop's wait for the next batch ends at once with a WakeupException. */
    void wakeUp() {
        queue.add(new Batch(ConsumerRecords.empty(), Map.of(), new WakeupException()));
        consumer.wakeup();
    }

    /** While late ends wait, a poll returns when they are due, and then often, so that they begin promptly. */
    private Duration pollTimeout() {
        if (lateEnds.isEmpty()) {
            return POLL;
        }
        long left = lateEndsDueNanos - System.nanoTime();
        return Duration.ofNanos(Math.max(SHORT_POLL.toNanos(), Math.min(POLL.toNanos(), left)));
    }

    /** Seeks the late ends the main loop has looked up to where they begin and resumes those not finished. */
    private void beginLateEnds(Set<TopicPartition> paused) {
        lateEnds.removeAll(paused); // finished before it began: nothing to wait for
        if (lateEnds.isEmpty() || toBegin.isEmpty()) {
            return;
        }
        Set<TopicPartition> resume = new HashSet<>();
        for (TopicPartition partition : Set.copyOf(toBegin.keySet())) {
            Long offset = toBegin.remove(partition);
            if (lateEnds.remove(partition)) {
                consumer.seek(partition, offset);
                if (!paused.contains(partition)) {
                    resume.add(partition);
                }
            }
        }
        consumer.resume(resume);
    }

    private void pauseFinished(Set<TopicPartition> paused) {
        for (TopicPartition partition : toPause) {
            if (paused.add(partition)) {
                consumer.pause(Set.of(partition));
            }
        }
    }

    private Map<TopicPartition, Long> positions() {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition partition : consumer.assignment()) {
            positions.put(partition, consumer.position(partition));
        }
        return positions;
    }

    /**
     * Stops polling without waiting: the thread closes the consumer (dropping any fetch in flight; it has no group
     * and commits nothing) and ends.
     */
    @Override
    public void close() {
        running = false;
        consumer.wakeup();
        thread.interrupt();
        queue.clear();
    }
}
