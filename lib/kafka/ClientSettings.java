package lib.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Client settings that match the broker's limits, so the harness can move its largest records. */
final class ClientSettings {
    private ClientSettings() {}

    static Map<String, Object> producer(String bootstrapServers) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, KafkaLimits.MAX_REQUEST_BYTES);
        // A record larger than the buffer is refused outright; the pool grows only as records need it.
        settings.put(ProducerConfig.BUFFER_MEMORY_CONFIG, (long) KafkaLimits.MAX_REQUEST_BYTES + 16 * 1024 * 1024);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        return settings;
    }

    /** As {@link #producer}, batching up to 1 MiB per partition for up to 5 ms. */
    static Map<String, Object> streamingProducer(String bootstrapServers) {
        Map<String, Object> settings = producer(bootstrapServers);
        settings.put(ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return settings;
    }

    static Map<String, Object> consumer(String bootstrapServers) {
        Map<String, Object> settings = new HashMap<>();
        settings.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        settings.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        settings.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, KafkaLimits.MAX_REQUEST_BYTES);
        settings.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, KafkaLimits.MAX_REQUEST_BYTES);
        return settings;
    }
}
