package lib.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import lib.kafka.ConfirmingProducer;
import lib.kafka.Kafka;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Puts inputs on their topics, each with its record timestamp, without waiting for each confirmation (one producer,
 * so the order on a topic is the order of sending); {@link #flush()} waits for all and reports the first failure.
 */
final class Sender implements AutoCloseable {
    private final ConfirmingProducer producer;
    private final Traffic traffic;
    private final List<Future<RecordMetadata>> pending = new ArrayList<>();

    Sender(Kafka kafka, Traffic traffic) {
        this.producer = ConfirmingProducer.connect(kafka);
        this.traffic = traffic;
    }

    void send(String topic, byte[] bytes, long timestampMs) {
        traffic.ignore(bytes);
        pending.add(producer.client().send(new ProducerRecord<>(topic, null, timestampMs, null, bytes)));
    }

    /** Waits until every record sent so far is on the broker; a record the broker refused is an exception. */
    void flush() {
        producer.client().flush();
        try {
            for (Future<RecordMetadata> future : pending) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(
                    "the broker refused a fuzz input: " + e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        } finally {
            pending.clear();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
