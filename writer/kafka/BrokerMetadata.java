package writer.kafka;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.common.KafkaException;

/** Topic lists from the broker, retried as kafka-to-nexus does: the timeout doubles up to a maximum. */
public final class BrokerMetadata {
    private static final Logger LOG = System.getLogger(BrokerMetadata.class.getName());
    /** kafka-to-nexus starts at 400 ms; the Java client's first call also connects, which takes about that long. */
    private static final Duration FIRST_TIMEOUT = Duration.ofMillis(1_000);

    private BrokerMetadata() {}

    /** The broker's topics as {@code consumer} sees them, retrying until it answers; null if {@code giveUp} first. */
    public static Set<String> topicsWithRetries(
            Consumer<?, ?> consumer, String brokers, Duration maxTimeout, BooleanSupplier giveUp) {
        Duration timeout = FIRST_TIMEOUT.compareTo(maxTimeout) < 0 ? FIRST_TIMEOUT : maxTimeout;
        while (!giveUp.getAsBoolean()) {
            try {
                return consumer.listTopics(timeout).keySet();
            } catch (KafkaException e) {
                LOG.log(
                        Level.WARNING,
                        "No metadata from Kafka at {0} within {1} ms ({2}); retrying",
                        brokers,
                        timeout.toMillis(),
                        e.getMessage());
                timeout = timeout.multipliedBy(2).compareTo(maxTimeout) < 0 ? timeout.multipliedBy(2) : maxTimeout;
            }
        }
        return null;
    }
}
