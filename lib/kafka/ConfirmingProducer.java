package lib.kafka;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/** A producer whose sends return only once the broker has confirmed the record (or fail saying why). */
public final class ConfirmingProducer implements AutoCloseable {
    private static final Duration CONFIRM_TIMEOUT = Duration.ofSeconds(60);

    private final KafkaProducer<byte[], byte[]> producer;

    private ConfirmingProducer(KafkaProducer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    public static ConfirmingProducer connect(Kafka kafka) {
        return connect(kafka.bootstrapServers());
    }

    public static ConfirmingProducer connect(String bootstrapServers) {
        return new ConfirmingProducer(new KafkaProducer<>(ClientSettings.producer(bootstrapServers)));
    }

    /**
     * A producer for streams of many records sent without waiting for each: larger batches, gathered for a few
     * milliseconds, so a stream is bound by the broker rather than by round trips.
     */
    public static ConfirmingProducer connectForStreaming(Kafka kafka) {
        return new ConfirmingProducer(new KafkaProducer<>(ClientSettings.streamingProducer(kafka.bootstrapServers())));
    }

    /** Sends a record with the broker's own timestamp and waits for its confirmation. */
    public RecordMetadata send(String topic, byte[] value) {
        return send(new ProducerRecord<>(topic, value));
    }

    /** Sends a record carrying the given timestamp (milliseconds since the epoch) and waits for confirmation. */
    public RecordMetadata send(String topic, byte[] value, long timestampMs) {
        return send(new ProducerRecord<>(topic, null, timestampMs, null, value));
    }

    public RecordMetadata send(ProducerRecord<byte[], byte[]> record) {
        try {
            return producer.send(record).get(CONFIRM_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "sending to " + record.topic() + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(
                    "sending to " + record.topic() + ": no confirmation within " + CONFIRM_TIMEOUT.toSeconds() + " s",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + record.topic(), e);
        }
    }

    /** The underlying client, for batches sent without waiting for each record. */
    public KafkaProducer<byte[], byte[]> client() {
        return producer;
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(10));
    }
}
