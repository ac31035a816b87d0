package lib.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import lib.waits.Waits;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads every partition of one topic from a chosen point without joining a consumer group, so readers never
 * disturb each other or the writers' groups.
 */
public final class TopicReader implements AutoCloseable {
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration READ_POLL = Duration.ofMillis(200);

    private final String topic;
    private final KafkaConsumer<byte[], byte[]> consumer;

    private TopicReader(String topic, KafkaConsumer<byte[], byte[]> consumer) {
        this.topic = topic;
        this.consumer = consumer;
    }

    /** Reads records whose timestamp is at or after {@code from}; the end of the topic when none is. */
    public static TopicReader fromTime(Kafka kafka, String topic, Instant from) {
        TopicReader reader = open(kafka.bootstrapServers(), topic);
        Map<TopicPartition, Long> query = new HashMap<>();
        reader.consumer.assignment().forEach(partition -> query.put(partition, from.toEpochMilli()));
        // Ends first: a record produced between the two queries is then found by time, not skipped as "before the end".
        Map<TopicPartition, Long> ends = reader.consumer.endOffsets(query.keySet(), METADATA_TIMEOUT);
        Map<TopicPartition, OffsetAndTimestamp> offsets = reader.consumer.offsetsForTimes(query, METADATA_TIMEOUT);
        for (TopicPartition partition : query.keySet()) {
            OffsetAndTimestamp found = offsets.get(partition);
            reader.consumer.seek(partition, found == null ? ends.get(partition) : found.offset());
        }
        return reader;
    }

    /** Reads only records produced after this call returns. */
    public static TopicReader fromEnd(Kafka kafka, String topic) {
        TopicReader reader = open(kafka.bootstrapServers(), topic);
        reader.consumer.seekToEnd(reader.consumer.assignment());
        // Seeking is lazy; asking for the positions fixes them now rather than at the first poll.
        reader.consumer.assignment().forEach(partition -> reader.consumer.position(partition, METADATA_TIMEOUT));
        return reader;
    }

    /** Reads the topic from its first record. */
    public static TopicReader fromBeginning(Kafka kafka, String topic) {
        return fromBeginning(kafka.bootstrapServers(), topic);
    }

    static TopicReader fromBeginning(String bootstrapServers, String topic) {
        return fromBeginning(bootstrapServers, topic, Map.of());
    }

    /** From the first record, with some consumer settings changed (e.g. the fetch sizes a benchmark reads with). */
    public static TopicReader fromBeginning(String bootstrapServers, String topic, Map<String, Object> overrides) {
        TopicReader reader = open(bootstrapServers, topic, overrides);
        reader.consumer.seekToBeginning(reader.consumer.assignment());
        return reader;
    }

    private static TopicReader open(String bootstrapServers, String topic) {
        return open(bootstrapServers, topic, Map.of());
    }

    private static TopicReader open(String bootstrapServers, String topic, Map<String, Object> overrides) {
        Map<String, Object> settings = ClientSettings.consumer(bootstrapServers);
        settings.putAll(overrides);
        KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings);
        try {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo info : consumer.partitionsFor(topic, METADATA_TIMEOUT)) {
                partitions.add(new TopicPartition(topic, info.partition()));
            }
            if (partitions.isEmpty()) {
                throw new IllegalStateException("topic " + topic + " has no partitions (does it exist?)");
            }
            consumer.assign(partitions);
            return new TopicReader(topic, consumer);
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /** Records that arrived within {@code timeout}; empty when none did. */
    public List<ConsumerRecord<byte[], byte[]>> poll(Duration timeout) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        consumer.poll(timeout).forEach(records::add);
        return records;
    }

    /**
     * Reads until a record matches, or fails after {@code timeout} naming what was awaited and the last record seen.
     */
    public ConsumerRecord<byte[], byte[]> awaitRecord(
            String what, Predicate<ConsumerRecord<byte[], byte[]>> matches, Duration timeout) {
        AtomicReference<ConsumerRecord<byte[], byte[]>> last = new AtomicReference<>();
        return Waits.await(what + " on topic " + topic)
                .atMost(timeout)
                .polling(Duration.ofMillis(1)) // each check polls the broker for up to READ_POLL itself
                .lastSeen(() -> "Last record seen: " + describe(last.get()) + ".")
                .onTimeout(IllegalStateException::new)
                .untilPresent(() -> {
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(READ_POLL)) {
                        if (matches.test(record)) {
                            return Optional.of(record);
                        }
                        last.set(record);
                    }
                    return Optional.empty();
                });
    }

    private static String describe(ConsumerRecord<byte[], byte[]> record) {
        if (record == null) {
            return "none";
        }
        int size = record.value() == null ? 0 : record.value().length;
        return "offset " + record.offset() + ", timestamp " + record.timestamp() + ", " + size + " bytes";
    }

    /** The underlying client, for reads this class does not offer. */
    public KafkaConsumer<byte[], byte[]> client() {
        return consumer;
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ofSeconds(5)));
    }
}
