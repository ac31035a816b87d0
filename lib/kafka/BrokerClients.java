package lib.kafka;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The ends of what uses a broker the harness started (its writers), awaited by the broker's shutdown hook: the JVM
 * runs every hook at once, and writers stopped after their broker cannot leave their group or finish a job, so each
 * then sits out its whole stop deadline.
 */
public final class BrokerClients {
    /** Beyond a writer's stop deadline (10 s) and the SIGKILL after it. */
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private final List<CompletableFuture<?>> ends = new CopyOnWriteArrayList<>();

    public void add(CompletableFuture<?> end) {
        ends.add(end);
    }

    /** Returns once each client has ended, or after {@link #PATIENCE}: the broker stops then anyway. */
    public void awaitEnds() {
        try {
            CompletableFuture.allOf(ends.toArray(CompletableFuture[]::new))
                    .get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // A client that failed to end, or one that takes too long, holds the broker no longer.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
