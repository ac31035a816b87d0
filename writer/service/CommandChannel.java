package writer.service;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import writer.kafka.BrokerMetadata;
import writer.kafka.KafkaClients;
import writer.kafka.OffsetLookup;

/**
 * The topic commands are read from and replies and status go to: the default command topic, or a job's control
 * topic while that job runs (protocol.md §1.3). A control topic is read by assignment, from a known offset. The
 * default topic under 2022 too, for the process's life; under current it is read as HEAD reads it (§1.2): by a
 * consumer created at the first poll after a job starts, subscribed under a group of its own at "latest", so a
 * command sent before that consumer has its assignment, and not before {@link #LATEST_NOT_BEFORE} after it
 * subscribed, is never seen; it is not polled while idle, and a job on another control topic closes it (the next
 * poll of the default topic creates a new one).
 */
final class CommandChannel implements AutoCloseable {
    private static final Logger LOG = System.getLogger(CommandChannel.class.getName());

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    /**
     * The soonest the default topic's lazy consumer reads, after it subscribed (protocol.md §1.2). HEAD lost a stop
     * sent 36 ms after the start's 201; the Java client joins an idle local broker's group in as little as 40 ms, so
     * without this floor the reference writer would see commands HEAD may miss.
     */
    static final Duration LATEST_NOT_BEFORE = Duration.ofMillis(100);

    private final KafkaClients clients;
    private final String brokers;
    /** Metadata, the 2022 default topic, and control topics by assignment. */
    private final KafkaConsumer<byte[], byte[]> consumer;
    /** Offsets are looked up here: the reading consumer's look-ups wait behind its long-poll fetch. */
    private final OffsetLookup lookup;

    private final KafkaProducer<byte[], byte[]> producer;
    private final String defaultTopic;
    private final Duration metadataTimeout;
    /** Partitions per topic from the first look-up: a metadata round trip saved at every job's start and end. */
    private final Map<String, List<TopicPartition>> partitionsByTopic = new HashMap<>();

    private final boolean lazyDefaultConsumer;
    private final Supplier<String> groupIds;
    /** Current: the default topic's consumer, null until the first poll of it (read by the shutdown hook too). */
    private volatile KafkaConsumer<byte[], byte[]> defaultTopicConsumer;

    private LateLatest lateLatest;

    private String activeTopic;

    /**
     * {@code lazyDefaultConsumer}: read the default topic as HEAD does (profile current); {@code groupIds} names each
     * consumer's group.
     */
    CommandChannel(
            KafkaClients clients,
            String brokers,
            String defaultTopic,
            Supplier<String> groupIds,
            boolean lazyDefaultConsumer,
            Duration metadataTimeout) {
        this.clients = clients;
        this.brokers = brokers;
        this.groupIds = groupIds;
        this.lazyDefaultConsumer = lazyDefaultConsumer;
        this.consumer = clients.commandConsumer(brokers, groupIds.get());
        this.lookup = new OffsetLookup(clients, brokers);
        this.producer = clients.producer(brokers);
        this.defaultTopic = defaultTopic;
        this.metadataTimeout = metadataTimeout;
        this.activeTopic = defaultTopic;
    }

    /** The broker's topics, retried until it answers (protocol.md §1.7); null if {@code giveUp} says so first. */
    Set<String> topicsWithRetries(String brokers, BooleanSupplier giveUp) {
        return BrokerMetadata.topicsWithRetries(consumer, brokers, metadataTimeout, giveUp);
    }

    /** 2022: starts reading the default topic at its end, so earlier commands are never seen; current: nothing yet. */
    void start() {
        if (!lazyDefaultConsumer) {
            readFromEnd(defaultTopic);
        }
    }

    /** The look-up consumer on the command brokers; data on the same brokers is looked up there too. */
    OffsetLookup lookup() {
        return lookup;
    }

    String activeTopic() {
        return activeTopic;
    }

    boolean onControlTopic() {
        return !activeTopic.equals(defaultTopic);
    }

    /** 2022: a control topic is read from its end, so a stop sent right after the start can be missed. */
    void switchToLatest(String controlTopic) {
        readFromEnd(controlTopic);
        activeTopic = controlTopic;
    }

    /** Current: a control topic is read from the job's start time, so a stop sent before the job started counts. */
    void switchFromTime(String controlTopic, Instant from) {
        closeDefaultTopicConsumer();
        List<TopicPartition> partitions = partitions(controlTopic);
        Map<TopicPartition, Long> times = new HashMap<>();
        partitions.forEach(partition -> times.put(partition, from.toEpochMilli()));
        // The ends first: a command that arrives after the time look-up found none is then still read.
        Map<TopicPartition, Long> ends = lookup.endOffsets(partitions, metadataTimeout);
        Map<TopicPartition, OffsetAndTimestamp> offsets = lookup.offsetsForTimes(times, metadataTimeout);
        consumer.assign(partitions);
        for (TopicPartition partition : partitions) {
            OffsetAndTimestamp offset = offsets.get(partition);
            consumer.seek(partition, offset == null ? ends.get(partition) : offset.offset());
        }
        activeTopic = controlTopic;
        LOG.log(Level.DEBUG, "Reading control topic {0} from {1}: offsets {2}", controlTopic, from, offsets);
    }

    /**
     * Back to the default topic (after a job, or when its start failed): 2022 reads it from its end; current
     * creates its consumer at the next poll.
     */
    void revert() {
        if (onControlTopic()) {
            activeTopic = defaultTopic;
            consumer.unsubscribe();
            if (lazyDefaultConsumer) {
                return;
            }
            try {
                readFromEnd(defaultTopic);
            } catch (KafkaException e) {
                LOG.log(
                        Level.ERROR,
                        "Could not go back to reading command topic {0}: {1}",
                        defaultTopic,
                        e.getMessage());
            }
        }
    }

    List<ConsumerRecord<byte[], byte[]>> poll(Duration timeout) {
        try {
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            readingConsumer().poll(timeout).forEach(records::add);
            return records;
        } catch (WakeupException e) {
            throw e; // the writer is shutting down
        } catch (KafkaException e) {
            LOG.log(Level.WARNING, "Polling command topic {0} failed: {1}", activeTopic, e.getMessage());
            return List.of();
        }
    }

    /** The consumer of the active topic; under current the default topic's is created here, subscribed at latest. */
    private KafkaConsumer<byte[], byte[]> readingConsumer() {
        if (!lazyDefaultConsumer || onControlTopic()) {
            return consumer;
        }
        KafkaConsumer<byte[], byte[]> lazy = defaultTopicConsumer;
        if (lazy == null) {
            String groupId = groupIds.get();
            lazy = clients.commandConsumer(brokers, groupId);
            lateLatest = new LateLatest(lazy, groupId, System.nanoTime() + LATEST_NOT_BEFORE.toNanos());
            lazy.subscribe(List.of(defaultTopic), lateLatest);
            defaultTopicConsumer = lazy;
            LOG.log(
                    Level.DEBUG,
                    "Subscribed a new consumer to command topic {0} at its latest offset, group {1}",
                    defaultTopic,
                    groupId);
        }
        lateLatest.resumeWhenDue();
        return lazy;
    }

    /**
     * Holds the lazy consumer's partitions, should its group hand them over sooner than {@link #LATEST_NOT_BEFORE}
     * after it subscribed, until then, and then reads them from "latest" as it is at that moment: commands published
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

    private void closeDefaultTopicConsumer() {
        if (defaultTopicConsumer != null) {
            defaultTopicConsumer.close(CloseOptions.timeout(Duration.ZERO));
            defaultTopicConsumer = null;
            lateLatest = null;
        }
    }

    /** Called from the shutdown hook: a poll or look-up in progress returns at once. */
    void wakeUp() {
        KafkaConsumer<byte[], byte[]> lazy = defaultTopicConsumer;
        if (lazy != null) {
            lazy.wakeup();
        }
        consumer.wakeup();
        lookup.wakeUp();
    }

    /** Publishes to the active topic (control topic while a job uses one). */
    void publish(byte[] message) {
        publish(activeTopic, message);
    }

    /**
     * Publishes to the active topic and waits, at most {@code timeout}, until the broker has it; false if it did not
     * get there in time (the failure is logged).
     */
    boolean publishAndWait(byte[] message, Duration timeout) {
        String topic = activeTopic;
        Future<RecordMetadata> sent = publish(topic, message);
        try {
            sent.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            return true;
        } catch (ExecutionException e) {
            return false; // logged by the send's callback
        } catch (TimeoutException e) {
            LOG.log(Level.ERROR, "Publishing to {0} was not confirmed within {1} ms", topic, timeout.toMillis());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    Future<RecordMetadata> publish(String topic, byte[] message) {
        return producer.send(new ProducerRecord<>(topic, message), (metadata, error) -> {
            if (error != null) {
                LOG.log(Level.ERROR, "Could not publish to {0}: {1}", topic, error.getMessage());
            }
        });
    }

    /**
     * Seeks to the end offsets as of now, so every message sent from here on counts. (A lazy seekToEnd left to the
     * next poll was seen to stall for the client's request timeout after a reassignment.)
     */
    private void readFromEnd(String topic) {
        List<TopicPartition> partitions = partitions(topic);
        Map<TopicPartition, Long> ends = lookup.endOffsets(partitions, metadataTimeout);
        consumer.assign(partitions);
        partitions.forEach(partition -> consumer.seek(partition, ends.get(partition)));
    }

    private List<TopicPartition> partitions(String topic) {
        List<TopicPartition> known = partitionsByTopic.get(topic);
        if (known != null) {
            return known;
        }
        List<TopicPartition> partitions = lookup.partitions(topic, metadataTimeout);
        if (partitions.isEmpty()) {
            throw new IllegalStateException("the topic \"" + topic + "\" does not exist");
        }
        partitionsByTopic.put(topic, partitions);
        return partitions;
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
        KafkaConsumer<byte[], byte[]> lazy = defaultTopicConsumer;
        if (lazy != null) {
            lazy.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        }
        consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        lookup.close();
        LOG.log(Level.DEBUG, "Closed the command channel");
    }
}
