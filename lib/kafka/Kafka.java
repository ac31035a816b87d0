package lib.kafka;

/** A Kafka cluster the harness talks to: embedded, started by compose, or one that already runs. */
public interface Kafka extends AutoCloseable {

    /** The {@code host:port[,host:port]} list clients connect to. */
    String bootstrapServers();

    /** Stops what this object started; a cluster it did not start is left running. */
    @Override
    void close();
}
