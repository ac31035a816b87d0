package lib.waits;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The waits of the harness, all of them named conditions with a deadline: a timeout says what was awaited, how long,
 * and what was last seen. The one place that calls Awaitility ({@link Wait}).
 *
 * <pre>{@code
 * Waits.until("2 workers IDLE", Duration.ofSeconds(20), () -> idle().size() >= 2, pool::recentMessages);
 * Waits.await("topics " + names + " to exist")
 *         .atMost(Duration.ofSeconds(30))
 *         .polling(Duration.ofMillis(50))
 *         .lastSeen(() -> "Topics present: " + existing())
 *         .until(() -> existing().containsAll(names));
 * }</pre>
 */
public final class Waits {
    /** A clock wait may overrun its due time by a loaded machine's scheduling delay, never by this much. */
    private static final Duration CLOCK_MARGIN = Duration.ofSeconds(5);

    private Waits() {}

    /** A wait for {@code what} (e.g. "2 workers IDLE on TEST_writer_commands"), to be given a deadline and a report. */
    public static Wait await(String what) {
        return new Wait(what);
    }

    /**
     * Polls {@code condition} until it holds; a zero timeout checks once. A condition may throw (e.g. an
     * AssertionError on a reply that can never turn into success) to end the wait early.
     *
     * @param what     what is awaited, e.g. "2 workers IDLE"
     * @param lastSeen what to report on timeout, evaluated only then
     * @throws AssertionError after {@code timeout}
     */
    public static void until(String what, Duration timeout, Callable<Boolean> condition, Supplier<String> lastSeen) {
        await(what).atMost(timeout).lastSeen(lastSeen).until(condition);
    }

    /** Returns once the clock has reached {@code due}, e.g. the time of the next step of a paced test. */
    public static void untilTime(String what, Instant due) {
        Duration left = Duration.between(Instant.now(), due);
        if (left.isNegative() || left.isZero()) {
            return;
        }
        await(what + " (due at " + due + ")")
                .atMost(left.plus(CLOCK_MARGIN))
                .notBefore(left)
                .lastSeen(() -> "The clock read " + Instant.now() + ".")
                .until(() -> !Instant.now().isBefore(due));
    }

    /**
     * Lets {@code window} pass: an observation window, in which something that must not happen has had the time to
     * happen. Only for such windows; everything else awaits a condition.
     */
    public static void letPass(Duration window) {
        untilTime(
                "the end of an observation window of " + seconds(window),
                Instant.now().plus(window));
    }

    /** "2 s", "0.5 s": how timeout messages give durations. */
    static String seconds(Duration duration) {
        return duration.toMillis() % 1000 == 0 ? duration.toSeconds() + " s" : duration.toMillis() / 1000.0 + " s";
    }
}
