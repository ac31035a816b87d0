package writer.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import writer.kafka.KafkaClients;
import writer.kafka.Polls;

/**
 * This writer's membership of the shared job pool (protocol.md §1.1). The consumer is created lazily by the first
 * poll and closed when the writer leaves the pool, so a writing writer holds no pool partition. Leaving (the
 * LeaveGroup round trip and the auto-commit) happens on a thread of its own, so the job that made the writer leave
 * does not wait for it; the main loop hands the consumer over and never touches it again.
 */
final class PoolListener implements AutoCloseable {
    private static final Logger LOG = System.getLogger(PoolListener.class.getName());

    private static final Duration LEAVE_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaClients clients;
    private final String brokers;
    private final String topic;
    /** Volatile for {@link #wakeUp()}, which the shutdown hook calls. */
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    private final ExecutorService leaving = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "leave job pool");
        thread.setDaemon(true);
        return thread;
    });

    PoolListener(KafkaClients clients, String brokers, String topic) {
        this.clients = clients;
        this.brokers = brokers;
        this.topic = topic;
    }

    /** Joins the pool if not a member yet, then polls for at most one job. */
    List<ConsumerRecord<byte[], byte[]>> poll(Duration timeout) {
        if (consumer == null) {
            consumer = clients.poolConsumer(brokers);
            consumer.subscribe(List.of(topic), new CommitStartingPoint(consumer));
            LOG.log(Level.DEBUG, "Joining the job pool on {0}", topic);
        }
        return Polls.records(() -> consumer, timeout, LOG, "Polling job pool {0} failed: {1}", topic);
    }

    /** Commits the pool offset past the job just taken, before the job is handled. */
    void commit() {
        try {
            consumer.commitSync(Duration.ofSeconds(5));
        } catch (KafkaException e) {
            LOG.log(Level.WARNING, "Could not commit the job pool offset: {0}", e.getMessage());
        }
    }

    /** A poll, commit or look-up in progress returns at once (the writer is shutting down). */
    void wakeUp() {
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    boolean member() {
        return consumer != null;
    }

    /**
     * Leaves the consumer group (committing what was consumed), handing queued jobs to the other writers. Returns
     * at once; the next poll joins with a new consumer.
     */
    void leave() {
        KafkaConsumer<byte[], byte[]> leaver = consumer;
        if (leaver != null) {
            consumer = null;
            leaving.execute(() -> {
                try {
                    leaver.close(CloseOptions.timeout(LEAVE_TIMEOUT));
                    LOG.log(Level.DEBUG, "Left the job pool");
                } catch (KafkaException e) {
                    LOG.log(Level.WARNING, "Leaving the job pool: {0}", e.getMessage());
                }
            });
        }
    }

    /** Leaves the pool and waits until every leave has finished. */
    @Override
    public void close() {
        leave();
        leaving.shutdown();
        try {
            if (!leaving.awaitTermination(LEAVE_TIMEOUT.toMillis() + 1_000, TimeUnit.MILLISECONDS)) {
                LOG.log(Level.WARNING, "Leaving the job pool took longer than {0} s", LEAVE_TIMEOUT.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Commits the starting offset of a freshly assigned pool partition. A group that never committed starts at the
     * topic's end either way; committing it at once fixes that point, so a job sent after the assignment is never
     * skipped by a later position lookup, and controllers can see that the pool is being listened to.
     */
    private record CommitStartingPoint(KafkaConsumer<byte[], byte[]> consumer) implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
            try {
                for (TopicPartition partition : partitions) {
                    start.put(partition, new OffsetAndMetadata(consumer.position(partition, Duration.ofSeconds(5))));
                }
                consumer.commitSync(start, Duration.ofSeconds(5));
                LOG.log(Level.DEBUG, "Listening to job pool partitions {0}", start);
            } catch (KafkaException e) {
                LOG.log(Level.WARNING, "Could not commit the job pool starting point: {0}", e.getMessage());
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {}
    }
}
