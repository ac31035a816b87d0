
import java.time.Duration;
import java.util.Map;
import lib.kafka.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * The broker's ceiling for a workload: the harness's plain reader (lib/kafka) reads the pre-filled topic from its
 * first record to its last, with no writer in the way; best of two reads.
 */
final class Ceiling {
    private static final Duration LONGEST_READ = Duration.ofMinutes(10);
    private static final Map<String, Object> FASTEST_HERE = Map.of(
            // the most a plain consumer gains from (the reference writer fetches 4 MiB)
            ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024,
            // the kernel sizes the socket buffer, as the reference writer does (Kafka's 64 KiB slows large fetches)
            ConsumerConfig.RECEIVE_BUFFER_CONFIG, -1,
            ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 10_000);

    private Ceiling() {}

    static Rate measure(String bootstrapServers, String topic) {
        Rate first = readAll(bootstrapServers, topic);
        Rate second = readAll(bootstrapServers, topic);
        return first.seconds() <= second.seconds() ? first : second;
    }

    private static Rate readAll(String bootstrapServers, String topic) {
        TopicPartition partition = new TopicPartition(topic, 0);
        try (TopicReader reader = TopicReader.fromBeginning(bootstrapServers, topic, FASTEST_HERE)) {
            long end = reader.client().endOffsets(java.util.List.of(partition)).get(partition) - 1; // not the marker
            long messages = 0;
            long bytes = 0;
            long started = System.nanoTime();
            long deadline = started + LONGEST_READ.toNanos();
            while (messages < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading " + topic + " took over " + LONGEST_READ.toMinutes()
                            + " minutes; read " + messages + " of " + end + " messages");
                }
                for (ConsumerRecord<byte[], byte[]> record : reader.client().poll(Duration.ofMillis(500))) {
                    if (record.offset() < end) {
                        messages++;
                        bytes += record.value().length;
                    }
                }
            }
            return new Rate(messages, bytes, (System.nanoTime() - started) / 1e9);
        }
    }
}
