package writer.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import writer.kafka.KafkaClients;

/**
 * The default command topic's consumer as HEAD has it (protocol.md §1.2): created when it is first wanted (a job's
 * first poll), subscribed under a group of its own at "latest", so a command sent before it has its assignment, and
 * not before {@link #LATEST_NOT_BEFORE} after it subscribed, is never seen. Closed while a job uses another control
 * topic; the next poll of the default topic creates a new one.
 */
final class LazyCommandConsumer {
    private static final Logger LOG = System.getLogger(LazyCommandConsumer.class.getName());

    /**
     * The soonest the consumer reads, after it subscribed. HEAD lost a stop sent 36 ms after the start's 201; the
     * Java client joins an idle local broker's group in as little as 40 ms, so without this floor the reference
     * writer would see commands HEAD may miss.
     */
    static final Duration LATEST_NOT_BEFORE = Duration.ofMillis(100);

    private final KafkaClients clients;
    private final String brokers;
    private final String topic;
    private final Supplier<String> groupIds;
    /** Null until wanted; read by the shutdown hook too. */
    private volatile KafkaConsumer<byte[], byte[]> consumer;

    private LateLatest lateLatest;

    /** {@code groupIds} names each new consumer's group. */
    LazyCommandConsumer(KafkaClients clients, String brokers, String topic, Supplier<String> groupIds) {
        this.clients = clients;
        this.brokers = brokers;
        this.topic = topic;
        this.groupIds = groupIds;
    }

    /** The consumer to poll: a new one, subscribed at latest, if there is none. */
    KafkaConsumer<byte[], byte[]> reading() {
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current == null) {
            String groupId = groupIds.get();
            current = clients.commandConsumer(brokers, groupId);
            lateLatest = new LateLatest(current, groupId, System.nanoTime() + LATEST_NOT_BEFORE.toNanos());
            current.subscribe(List.of(topic), lateLatest);
            consumer = current;
            LOG.log(
                    Level.DEBUG,
                    "Subscribed a new consumer to command topic {0} at its latest offset, group {1}",
                    topic,
                    groupId);
        }
        lateLatest.resumeWhenDue();
        return current;
    }

    /**
     * Closes the consumer, if there is one, waiting at most {@code timeout} (none when a job moves to another control
     * topic); the next {@link #reading} makes a new one.
     */
    void close(Duration timeout) {
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.close(CloseOptions.timeout(timeout));
            consumer = null;
            lateLatest = null;
        }
    }

    /** Called from the shutdown hook: a poll in progress returns at once. */
    void wakeUp() {
        KafkaConsumer<byte[], byte[]> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    /**
     * Holds the consumer's partitions, should its group hand them over sooner than {@link #LATEST_NOT_BEFORE} after
     * it subscribed, until then, and then reads them from "latest" as it is at that moment: commands published
     * before are never seen. Called on the main loop only (the consumer calls it inside its poll).
     */
    private static final class LateLatest implements ConsumerRebalanceListener {
        private final KafkaConsumer<byte[], byte[]> consumer;
        private final String groupId;
        private final long dueNanos;
        private final long subscribedNanos;
        private final Set<TopicPartition> held = new HashSet<>();

        LateLatest(KafkaConsumer<byte[], byte[]> consumer, String groupId, long dueNanos) {
            this.consumer = consumer;
            this.groupId = groupId;
            this.dueNanos = dueNanos;
            this.subscribedNanos = dueNanos - LATEST_NOT_BEFORE.toNanos();
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            LOG.log(
                    Level.DEBUG,
                    "Command consumer of group {0} assigned {1}, {2} ms after it subscribed",
                    groupId,
                    partitions,
                    (System.nanoTime() - subscribedNanos) / 1_000_000);
            if (System.nanoTime() < dueNanos) {
                consumer.pause(partitions);
                held.addAll(partitions);
            }
        }

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            held.removeAll(partitions);
        }

        void resumeWhenDue() {
            if (held.isEmpty() || System.nanoTime() < dueNanos) {
                return;
            }
            consumer.seekToEnd(held); // resolved at the poll that follows
            consumer.resume(held);
            LOG.log(Level.DEBUG, "Command consumer of group {0} reads {1} from latest", groupId, held);
            held.clear();
        }
    }
}
