package lib.kafka;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** A Kafka cluster the harness talks to: embedded, started by compose, or one that already runs. */
public interface Kafka extends AutoCloseable {

    /** The {@code host:port[,host:port]} list clients connect to. */
    String bootstrapServers();

    /** How a run's lines name it: "embedded", "compose", "external at HOST:PORT". */
    String description();

    /**
     * Completes when a broker this object started ended without {@link #close()} (its process exited); empty where
     * only asking the broker can tell ({@link BrokerWatch} does).
     */
    default Optional<CompletableFuture<Void>> endedUnasked() {
        return Optional.empty();
    }

    /**
     * On the JVM's way out (Ctrl-C, SIGTERM), a broker this object started stops only once {@code clientEnded}
     * completes, so that its writers leave while it still answers; nothing where it started none.
     */
    default void stopsAfter(CompletableFuture<?> clientEnded) {}

    /** Stops what this object started; a cluster it did not start is left running. */
    @Override
    void close();
}
