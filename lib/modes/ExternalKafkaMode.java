package lib.modes;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.function.Consumer;
import lib.kafka.BootstrapCheck;
import lib.kafka.ExternalKafka;
import lib.kafka.Kafka;
import lib.kafka.Topics;

/** {@code --kafka HOST:PORT}: a cluster the user runs; the harness recreates only its own topics. */
final class ExternalKafkaMode implements KafkaMode {
    /** A broker that accepts connections answers in milliseconds; more than this means it is not one. */
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

    /** How long an address may take to accept a connection (a firewall that drops packets never refuses). */
    private static final Duration LISTENER_TIMEOUT = Duration.ofSeconds(3);

    private final String bootstrapServers;

    ExternalKafkaMode(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    @Override
    public void checkBeforeStart() {
        BootstrapCheck.requireListener(bootstrapServers, LISTENER_TIMEOUT);
        try {
            ExternalKafka.connect(bootstrapServers, CONNECT_TIMEOUT);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(
                    "--kafka " + bootstrapServers + ": the port accepts connections, but no Kafka broker answered"
                            + " within " + CONNECT_TIMEOUT.toSeconds() + " s; point --kafka at a broker's plaintext"
                            + " listener",
                    e);
        }
    }

    @Override
    public Kafka start(Path runFolder, Consumer<String> say) {
        return ExternalKafka.connect(bootstrapServers, CONNECT_TIMEOUT);
    }

    @Override
    public void prepareTopics(Kafka kafka, Collection<String> topics, Consumer<String> say) {
        say.accept("kafka: deleting and recreating the harness's " + topics.size() + " topics on "
                + kafka.bootstrapServers() + " (other topics are left alone)");
        Topics.recreate(kafka, topics);
    }

    @Override
    public String describe() {
        return bootstrapServers;
    }
}
