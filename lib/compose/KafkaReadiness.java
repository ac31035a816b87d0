package lib.compose;

import com.github.dockerjava.api.command.InspectContainerResponse;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lib.kafka.ReadinessProbe;
import lib.waits.Waits;

/**
 * Waits for the broker compose started: first its port (failing at once when the container stops), then a probe
 * record sent and read back, all within the settings' timeout.
 */
final class KafkaReadiness {
    private KafkaReadiness() {}

    /** @throws ComposeException (one line) when the container stops or the broker does not answer in time */
    static void await(ProjectContainers containers, String containerId, ComposeSettings settings) {
        long deadline = System.nanoTime() + settings.readyTimeout().toNanos();
        Waits.await("Kafka's port " + settings.port())
                .atMost(settings.readyTimeout())
                .polling(Duration.ofMillis(200))
                .lastSeen(() -> "its port " + settings.port() + " accepted no connection")
                .onTimeout(message -> notInTime(settings, "its port " + settings.port() + " accepted no connection"))
                .until(() -> {
                    requireRunning(containers, containerId, settings);
                    return Ports.accepts("127.0.0.1", settings.port());
                });
        roundTrip(settings, Duration.ofNanos(Math.max(deadline - System.nanoTime(), 0)));
    }

    private static void requireRunning(ProjectContainers containers, String containerId, ComposeSettings settings) {
        InspectContainerResponse.ContainerState state = containers
                .state(containerId)
                .orElseThrow(() -> new ComposeException("the Kafka container of project " + settings.project()
                        + " vanished before Kafka answered; did something remove it?"));
        if (!Boolean.TRUE.equals(state.getRunning())) {
            throw new ComposeException("the Kafka container of project " + settings.project() + " stopped with exit"
                    + " code " + state.getExitCodeLong() + " before Kafka answered; its log says why");
        }
    }

    /** The probe runs on its own thread so that the deadline holds even while a client call blocks. */
    private static void roundTrip(ComposeSettings settings, Duration left) {
        ExecutorService thread = Executors.newSingleThreadExecutor(task -> {
            Thread probe = new Thread(task, "compose-kafka-probe");
            probe.setDaemon(true);
            return probe;
        });
        try {
            Future<?> probe = thread.submit(() -> ReadinessProbe.roundTrip(settings.bootstrapServers(), left));
            probe.get(left.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw notInTime(settings, "a probe record was not read back");
        } catch (ExecutionException e) {
            throw notInTime(settings, "the probe failed: " + e.getCause().getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ComposeException("interrupted while waiting for Kafka", e);
        } finally {
            thread.shutdownNow();
        }
    }

    private static ComposeException notInTime(ComposeSettings settings, String why) {
        return new ComposeException("Kafka (" + settings.image() + ", project " + settings.project() + ") did not"
                + " answer at " + settings.bootstrapServers() + " within "
                + settings.readyTimeout().toSeconds()
                + " s (" + why + "); give it longer with --timeout SECONDS, or see its log");
    }
}
