package lib.waits;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * One named condition with a deadline, made by {@link Waits#await}. A deadline and a report of what was last seen
 * are required: a timeout reads {@code Timed out after 20 s waiting for <what>.} followed by that report, as an
 * AssertionError unless {@link #onTimeout} says otherwise. The condition is polled in the calling thread; whatever it
 * throws ends the wait at once, and so does what the thread's {@link WaitGuard} throws.
 */
public final class Wait {
    // Most conditions only read in-memory state; a short interval keeps waits from adding latency of their own.
    private static final Duration DEFAULT_POLL_INTERVAL = Duration.ofMillis(10);
    /** Before a condition can hold ({@link #notBefore}), how often the thread's guard is still looked at. */
    private static final long GUARD_INTERVAL_NANOS = Duration.ofMillis(100).toNanos();

    private final String what;
    private Duration timeout;
    private Duration pollInterval = DEFAULT_POLL_INTERVAL;
    private Duration notBefore = Duration.ZERO;
    private Supplier<String> lastSeen;
    private Function<String, ? extends RuntimeException> timeoutFailure;

    Wait(String what) {
        this.what = Objects.requireNonNull(what, "what");
    }

    /** The deadline; zero means the condition is checked once. */
    public Wait atMost(Duration deadline) {
        this.timeout = deadline;
        return this;
    }

    /** How often the condition is checked: longer than the default for conditions that ask a broker or a disk. */
    public Wait polling(Duration interval) {
        this.pollInterval = interval;
        return this;
    }

    /**
     * The first check comes only after {@code delay} (shorter than the deadline): the condition cannot hold sooner.
     * Until then only the thread's guard is looked at, every 100 ms.
     */
    Wait notBefore(Duration delay) {
        this.notBefore = delay;
        return this;
    }

    /** What the timeout message reports after what was awaited; evaluated only on a timeout. */
    public Wait lastSeen(Supplier<String> report) {
        this.lastSeen = report;
        return this;
    }

    /**
     * What a timeout throws, made from its message, where an AssertionError does not fit: a script's setup step
     * (creating topics) fails with a one-line error, not a test failure.
     */
    public Wait onTimeout(Function<String, ? extends RuntimeException> failure) {
        this.timeoutFailure = failure;
        return this;
    }

    /**
     * Polls {@code condition} until it holds; on timeout throws an AssertionError (or what {@link #onTimeout} makes)
     * naming what was awaited and what was last seen.
     */
    public void until(Callable<Boolean> condition) {
        if (timeout == null || lastSeen == null) {
            throw new IllegalStateException("the wait for " + what + " needs a deadline (atMost) and a report of what"
                    + " was last seen (lastSeen)");
        }
        Runnable guard = WaitGuard.current();
        long checkFrom = System.nanoTime() + notBefore.toNanos();
        Callable<Boolean> guarded = () -> {
            guard.run();
            return System.nanoTime() - checkFrom >= 0 && condition.call();
        };
        try {
            if (timeout.isZero()) {
                if (!guarded.call()) {
                    throw new ConditionTimeoutException(what);
                }
                return;
            }
            Awaitility.await(what)
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval((count, previous) -> nextPoll(checkFrom))
                    .pollInSameThread()
                    .until(guarded);
        } catch (ConditionTimeoutException timedOut) {
            if (timeoutFailure != null) {
                throw timeoutFailure.apply(timeoutMessage());
            }
            throw new AssertionError(timeoutMessage(), null);
        } catch (RuntimeException | Error failedEarly) {
            throw failedEarly;
        } catch (Exception unexpected) {
            throw new IllegalStateException("checking " + what + " failed: " + unexpected.getMessage(), unexpected);
        }
    }

    /** Polls {@code attempt} until it yields a value, and returns that value. */
    public <T> T untilPresent(Callable<Optional<T>> attempt) {
        AtomicReference<T> found = new AtomicReference<>();
        until(() -> {
            attempt.call().ifPresent(found::set);
            return found.get() != null;
        });
        return found.get();
    }

    /** Up to {@code checkFrom}, in steps of at most the guard's interval that end there; then the poll interval. */
    private Duration nextPoll(long checkFrom) {
        long left = checkFrom - System.nanoTime();
        return left > 0 ? Duration.ofNanos(Math.min(left, GUARD_INTERVAL_NANOS)) : pollInterval;
    }

    private String timeoutMessage() {
        String waited = timeout.isZero() ? "Checked once" : "Timed out after " + Waits.seconds(timeout);
        String seen;
        try {
            seen = lastSeen.get();
        } catch (RuntimeException e) {
            seen = "(what was last seen could not be collected: " + e + ")";
        }
        return waited + " waiting for " + what + ".\n" + (seen == null || seen.isBlank() ? "(nothing seen)" : seen);
    }
}
