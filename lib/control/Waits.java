package lib.control;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The one wrapper around Awaitility: every wait is a named condition with a deadline, and a timeout says what
 * was awaited, how long, and what was last seen. A condition may throw (e.g. an AssertionError on a reply that
 * can never turn into success) to end the wait early.
 */
public final class Waits {
    // Conditions only read in-memory state; a short interval keeps waits from adding latency of their own.
    private static final Duration POLL_INTERVAL = Duration.ofMillis(10);

    private Waits() {}

    /**
     * Polls {@code condition} until it holds. A zero timeout checks once.
     *
     * @param what     what is awaited, e.g. "2 workers IDLE"
     * @param lastSeen what to report on timeout, evaluated only then
     * @throws AssertionError after {@code timeout}
     */
    public static void until(String what, Duration timeout, Callable<Boolean> condition, Supplier<String> lastSeen) {
        try {
            if (timeout.isZero()) {
                if (!condition.call()) {
                    throw new ConditionTimeoutException(what);
                }
                return;
            }
            Awaitility.await(what)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL_INTERVAL)
                    .pollInSameThread()
                    .until(condition);
        } catch (ConditionTimeoutException timedOut) {
            throw new AssertionError(timeoutMessage(what, timeout, lastSeen.get()), null);
        } catch (RuntimeException | Error failedEarly) {
            throw failedEarly;
        } catch (Exception unexpected) {
            throw new IllegalStateException("checking " + what + " failed: " + unexpected.getMessage(), unexpected);
        }
    }

    private static String timeoutMessage(String what, Duration timeout, String lastSeen) {
        String waited = timeout.isZero() ? "Checked once" : "Timed out after " + seconds(timeout);
        return waited + " waiting for " + what + ".\n" + lastSeen;
    }

    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
    }
}
