package lib.kafka;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Watches a run's broker while the run goes on, and says once when it is gone: at once when the broker is a process
 * the harness started and it exits, else when it has not answered a cluster description for {@link #SILENCE}
 * (asked every second, each answer awaited up to 2 s), a margin no busy broker of a test comes near.
 */
public final class BrokerWatch implements AutoCloseable {
    static final Duration SILENCE = Duration.ofSeconds(6);
    private static final Duration INTERVAL = Duration.ofSeconds(1);
    private static final int ANSWER_TIMEOUT_MS = 2000;

    private final Kafka kafka;
    private final Runnable onGone;
    private final Thread asker;
    private volatile boolean closed;
    private boolean said;

    private BrokerWatch(Kafka kafka, Runnable onGone) {
        this.kafka = kafka;
        this.onGone = onGone;
        this.asker = new Thread(this::askUntilSilent, "broker-watch");
        asker.setDaemon(true);
    }

    /** Watches {@code kafka} until closed; {@code onGone} runs once, on another thread, when the broker is gone. */
    public static BrokerWatch start(Kafka kafka, Runnable onGone) {
        BrokerWatch watch = new BrokerWatch(kafka, onGone);
        kafka.endedUnasked().ifPresentOrElse(ended -> ended.thenRun(watch::gone), watch.asker::start);
        return watch;
    }

    private void askUntilSilent() {
        try (Admin admin = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ANSWER_TIMEOUT_MS,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ANSWER_TIMEOUT_MS))) {
            long lastAnswer = System.nanoTime();
            while (!closed) {
                try {
                    admin.describeCluster().clusterId().get(ANSWER_TIMEOUT_MS, TimeUnit.MILLISECONDS);
                    lastAnswer = System.nanoTime();
                } catch (InterruptedException e) {
                    return; // closed
                } catch (Exception e) {
                    if (System.nanoTime() - lastAnswer >= SILENCE.toNanos()) {
                        gone();
                        return;
                    }
                }
                try {
                    Thread.sleep(INTERVAL.toMillis()); // the pace of asking; nothing to await instead
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void gone() {
        synchronized (this) {
            if (closed || said) {
                return;
            }
            said = true;
        }
        onGone.run();
    }

    /** The run is about to stop its broker: its end from now on is no news. */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        asker.interrupt();
    }
}
