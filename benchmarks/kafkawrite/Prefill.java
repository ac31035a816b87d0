
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import lib.kafka.ConfirmingProducer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Fills a workload's topic, timed until the last data message is acknowledged, then adds the marker. Each record's
 * Kafka timestamp is its message's time. The producer is the harness's (lib/kafka) with batches for throughput.
 */
final class Prefill {
    private static final Map<String, Object> FAST = Map.of(
            ProducerConfig.LINGER_MS_CONFIG, 5,
            ProducerConfig.BATCH_SIZE_CONFIG, 1024 * 1024,
            ProducerConfig.BUFFER_MEMORY_CONFIG, 64L * 1024 * 1024);

    private Prefill() {}

    static Rate run(String bootstrapServers, Workload workload) {
        AtomicReference<Exception> failure = new AtomicReference<>();
        MessageMaker maker = new MessageMaker(workload);
        long bytes = 0;
        long started = System.nanoTime();
        try (ConfirmingProducer confirming = ConfirmingProducer.connect(bootstrapServers, FAST)) {
            KafkaProducer<byte[], byte[]> producer = confirming.client();
            for (long i = 0; i < workload.messages() && failure.get() == null; i++) {
                byte[] value = maker.message(i);
                bytes += value.length;
                send(producer, workload.topic(), workload.messageTime(i), value, failure);
            }
            producer.flush();
            double seconds = (System.nanoTime() - started) / 1e9;
            confirming.send(
                    workload.topic(), maker.marker(), workload.markerTime().toEpochMilli());
            if (failure.get() != null) {
                throw new IllegalStateException(
                        "pre-filling " + workload.topic() + " failed: "
                                + failure.get().getMessage(),
                        failure.get());
            }
            return new Rate(workload.messages(), bytes, seconds);
        }
    }

    private static void send(
            KafkaProducer<byte[], byte[]> producer,
            String topic,
            Instant time,
            byte[] value,
            AtomicReference<Exception> failure) {
        producer.send(new ProducerRecord<>(topic, null, time.toEpochMilli(), null, value), (metadata, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            }
        });
    }
}
