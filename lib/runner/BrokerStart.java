package lib.runner;

import java.nio.file.Path;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import lib.kafka.Kafka;
import lib.modes.KafkaMode;

/**
 * The run's broker coming up, its topics made, in a thread of its own, while the runner compiles the tests and the
 * writers' JVMs warm up. {@link #await} hands the broker over; closed before that, it stops the broker once up.
 */
final class BrokerStart implements AutoCloseable {
    private final CompletableFuture<Kafka> kafka;
    private boolean handedOver;

    private BrokerStart(CompletableFuture<Kafka> kafka) {
        this.kafka = kafka;
    }

    static BrokerStart begin(KafkaMode mode, Path runFolder, Collection<String> topics, Consumer<String> say) {
        return new BrokerStart(CompletableFuture.supplyAsync(
                () -> {
                    Kafka started = mode.start(runFolder, say);
                    try {
                        mode.prepareTopics(started, topics, say);
                        return started;
                    } catch (RuntimeException e) {
                        started.close();
                        throw e;
                    }
                },
                task -> {
                    Thread thread = new Thread(task, "broker-start");
                    thread.setDaemon(true);
                    thread.start();
                }));
    }

    /** Waits until the broker is up with its topics; the caller closes it from then on. */
    Kafka await() {
        try {
            Kafka started = kafka.join();
            handedOver = true;
            return started;
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public void close() {
        if (!handedOver) {
            try {
                kafka.thenAccept(Kafka::close).join();
            } catch (CompletionException e) {
                // It failed to start; the run reports what failed first.
            }
        }
    }
}
