package lib.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/** A Kafka cluster someone else runs ({@code --kafka HOST:PORT}); closing it leaves it running. */
public final class ExternalKafka implements Kafka {
    private final String bootstrapServers;

    private ExternalKafka(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Connects to {@code address} and fails, naming it, when no broker answers within {@code timeout}. */
    public static ExternalKafka connect(String address, Duration timeout) {
        int timeoutMs = (int) timeout.toMillis();
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                address,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                timeoutMs,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                timeoutMs))) {
            admin.describeCluster().clusterId().get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new IllegalStateException(
                    "--kafka " + address + ": no broker answered within " + timeout.toSeconds()
                            + " s; start it or correct the address",
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while connecting to " + address, e);
        }
        return new ExternalKafka(address);
    }

    @Override
    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public String description() {
        return "external at " + bootstrapServers;
    }

    @Override
    public void close() {
        // Not ours to stop.
    }

    @Override
    public String toString() {
        return "Kafka at " + bootstrapServers;
    }
}
