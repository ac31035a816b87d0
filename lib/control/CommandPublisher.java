package lib.control;

import lib.kafka.ConfirmingProducer;
import lib.kafka.Kafka;
import lib.wire.RunStop;

/** Puts run starts on the pool and stops on a command topic, each confirmed by the broker before returning. */
final class CommandPublisher implements AutoCloseable {
    private final ConfirmingProducer producer;
    private final String defaultBroker;

    CommandPublisher(Kafka kafka) {
        producer = ConfirmingProducer.connect(kafka);
        defaultBroker = kafka.bootstrapServers();
    }

    void publishStart(String poolTopic, WriteJob job) {
        producer.send(poolTopic, job.toRunStart(defaultBroker).toBytes());
    }

    void publishStop(String topic, RunStop stop) {
        producer.send(topic, stop.toBytes());
    }

    @Override
    public void close() {
        producer.close();
    }
}
