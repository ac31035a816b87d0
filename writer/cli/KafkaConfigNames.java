package writer.cli;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Turns -X settings into Java Kafka client settings: the librdkafka names kafka-to-nexus users write are renamed,
 * anything else is passed on as given (the Java client ignores, with a warning, what it does not know).
 */
final class KafkaConfigNames {
    private static final Map<String, String> LIBRDKAFKA_TO_JAVA = Map.of(
            "metadata.broker.list", "bootstrap.servers",
            "sasl.mechanisms", "sasl.mechanism",
            "message.max.bytes", "max.request.size",
            "fetch.message.max.bytes", "max.partition.fetch.bytes",
            "socket.timeout.ms", "request.timeout.ms");

    private KafkaConfigNames() {}

    /** Throws ConfigException naming the setting when a value does not fit it (unknown keys are allowed). */
    static void validate(Map<String, String> settings) {
        Map<String, Object> consumer = new HashMap<>(settings);
        consumer.putIfAbsent(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        consumer.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        consumer.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        new ConsumerConfig(consumer);
        Map<String, Object> producer = new HashMap<>(settings);
        producer.putIfAbsent(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "localhost:9092");
        producer.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        producer.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        new ProducerConfig(producer);
    }

    static Map<String, String> translate(List<String> keyValuePairs) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keyValuePairs.size(); i += 2) {
            String key = keyValuePairs.get(i);
            settings.put(LIBRDKAFKA_TO_JAVA.getOrDefault(key, key), keyValuePairs.get(i + 1));
        }
        return settings;
    }
}
