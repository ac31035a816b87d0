package writer.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
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
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import writer.kafka.BrokerMetadata;
import writer.kafka.KafkaClients;
import writer.kafka.OffsetLookup;
import writer.kafka.Polls;

/**
 * The topic commands are read from and replies and status go to: the default command topic, or a job's control
 * topic while that job runs (protocol.md §1.3). A control topic is read by assignment, from a known offset. The
 * default topic under 2022 too, for the process's life; under current it is read as HEAD reads it (§1.2), by a
 * {@link LazyCommandConsumer}, which is not polled while idle and closed while a job uses another control topic.
 */
final class CommandChannel implements AutoCloseable {
    private static final Logger LOG = System.getLogger(CommandChannel.class.getName());

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    /** Metadata, the 2022 default topic, and control topics by assignment. */
    private final KafkaConsumer<byte[], byte[]> consumer;
    /** Offsets are looked up here: the reading consumer's look-ups wait behind its long-poll fetch. */
    private final OffsetLookup lookup;

    private final KafkaProducer<byte[], byte[]> producer;
    private final String defaultTopic;
    private final Duration metadataTimeout;
    /** Partitions per topic from the first look-up: a metadata round trip saved at every job's start and end. */
    private final Map<String, List<TopicPartition>> partitionsByTopic = new HashMap<>();

    /** Current: the default topic's consumer; null under 2022. */
    private final LazyCommandConsumer lazyOrNull;

    private String activeTopic;

    /**
     * {@code lazyDefaultConsumer}: read the default topic as HEAD does (the profile's rule); {@code groupIds} names
     * each consumer's group.
     */
    CommandChannel(
            KafkaClients clients,
            String brokers,
            String defaultTopic,
            Supplier<String> groupIds,
            boolean lazyDefaultConsumer,
            Duration metadataTimeout) {
        this.lazyOrNull =
                lazyDefaultConsumer ? new LazyCommandConsumer(clients, brokers, defaultTopic, groupIds) : null;
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
        if (lazyOrNull == null) {
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
        if (lazyOrNull != null) {
            lazyOrNull.close(Duration.ZERO);
        }
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
            if (lazyOrNull != null) {
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
        return Polls.records(this::readingConsumer, timeout, LOG, "Polling command topic {0} failed: {1}", activeTopic);
    }

    /** The consumer of the active topic; under current the default topic's, created at its first poll. */
    private KafkaConsumer<byte[], byte[]> readingConsumer() {
        return lazyOrNull == null || onControlTopic() ? consumer : lazyOrNull.reading();
    }

    /** Called from the shutdown hook: a poll or look-up in progress returns at once. */
    void wakeUp() {
        if (lazyOrNull != null) {
            lazyOrNull.wakeUp();
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
        if (lazyOrNull != null) {
            lazyOrNull.close(CLOSE_TIMEOUT);
        }
        consumer.close(CloseOptions.timeout(CLOSE_TIMEOUT));
        lookup.close();
        LOG.log(Level.DEBUG, "Closed the command channel");
    }
}
