package writer.kafka;

import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.ByteBufferDeserializer;

/** Creates the writer's Kafka clients with the settings each role needs; -X settings are applied last. */
public final class KafkaClients {
    /** The consumer group every writer's job-pool consumer shares (protocol.md §1.1). */
    public static final String POOL_GROUP_ID = "kafka-to-nexus-worker-pool";

    /** Start messages of 64 MiB and more must pass (test E7); the broker allows 300 MB. */
    private static final int LARGE_MESSAGE_BYTES = 500 * 1024 * 1024;

    private final Map<String, String> extraSettings;
    private final String clientIdPrefix;

    public KafkaClients(Map<String, String> extraSettings, String clientIdPrefix) {
        this.extraSettings = Map.copyOf(extraSettings);
        this.clientIdPrefix = clientIdPrefix;
    }

    /**
     * A member of the shared pool group: auto-commit on, auto.offset.reset left at "latest" so a group that never
     * committed starts at the end, and one record per poll so an idle writer takes one job at a time.
     */
    public KafkaConsumer<byte[], byte[]> poolConsumer(String brokers) {
        Map<String, Object> settings = consumerSettings(brokers, "pool");
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, POOL_GROUP_ID);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, true);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        settings.put(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG, 10_000);
        // A writer leaves the pool when it takes a job and joins again after the wrdn; the idle holder of the
        // partition learns of each such rebalance from a heartbeat, and no job is read until it has joined too. With
        // 3 s, every job sent just after a short one waited 2-3 s.
        settings.put(ConsumerConfig.HEARTBEAT_INTERVAL_MS_CONFIG, 300);
        largeMessages(settings);
        return consumer(settings);
    }

    /**
     * Reads command and control topics, by assignment or (HEAD's default command topic, protocol.md §1.2) by
     * subscription; the group id is the writer's own, nothing is committed, and a subscription starts at the latest
     * offset.
     */
    public KafkaConsumer<byte[], byte[]> commandConsumer(String brokers, String groupId) {
        Map<String, Object> settings = consumerSettings(brokers, "commands");
        settings.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        largeMessages(settings);
        return consumer(settings);
    }

    /**
     * Reads data topics by assignment, no group. Values are views of the fetched bytes, not copies: a record's
     * bytes are read once, by the decoder (a copy per record was most of the cost of reading ev44). Fetches of
     * 4 MiB stay below the JVM's humongous-object size (file_writer.java): 16 MiB read a little faster, but each
     * fetch then lived in the old generation until a marking cycle, and a long job's heap grew several-fold.
     */
    public KafkaConsumer<ByteBuffer, ByteBuffer> dataConsumer(String brokers) {
        Map<String, Object> settings = consumerSettings(brokers, "data");
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteBufferDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteBufferDeserializer.class);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024);
        settings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);
        // The kernel sizes the socket buffer: with Kafka's 64 KiB a job waited 3-4 times longer for its fetches.
        settings.put(ConsumerConfig.RECEIVE_BUFFER_CONFIG, -1);
        settings.putAll(extraSettings);
        return new KafkaConsumer<>(properties(settings));
    }

    /** For broker metadata only (topic lists). */
    public KafkaConsumer<byte[], byte[]> metadataConsumer(String brokers) {
        return consumer(consumerSettings(brokers, "metadata"));
    }

    public KafkaProducer<byte[], byte[]> producer(String brokers) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientIdPrefix + "-producer");
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, LARGE_MESSAGE_BYTES);
        settings.put(ProducerConfig.BUFFER_MEMORY_CONFIG, (long) LARGE_MESSAGE_BYTES + 64 * 1024 * 1024);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        // The main loop must not hang on a topic that never appears.
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        settings.putAll(extraSettings);
        return new KafkaProducer<>(properties(settings));
    }

    private Map<String, Object> consumerSettings(String brokers, String role) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        settings.put(ConsumerConfig.CLIENT_ID_CONFIG, clientIdPrefix + "-" + role);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        // A missing data topic must fail the job, not be created by our own metadata requests.
        settings.put(ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG, false);
        return settings;
    }

    private static void largeMessages(Map<String, Object> settings) {
        settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, LARGE_MESSAGE_BYTES);
        settings.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, LARGE_MESSAGE_BYTES);
    }

    private KafkaConsumer<byte[], byte[]> consumer(Map<String, Object> settings) {
        settings.putAll(extraSettings);
        return new KafkaConsumer<>(properties(settings));
    }

    private static Properties properties(Map<String, Object> settings) {
        Properties properties = new Properties();
        properties.putAll(settings);
        return properties;
    }
}
