package writer.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    private KafkaConfigNames() {
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
