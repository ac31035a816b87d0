package selftests.waits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import lib.waits.WaitGuard;
import lib.waits.Waits;
import org.junit.jupiter.api.Test;

class WaitsTest {

    @Test
    void aTimeoutSaysWhatWasAwaitedHowLongAndWhatWasLastSeen() {
        AtomicInteger checks = new AtomicInteger();

        assertThatThrownBy(() -> Waits.until(
                        "the counter to reach 1000",
                        Duration.ofMillis(200),
                        () -> checks.incrementAndGet() >= 1000,
                        () -> "The counter read " + checks.get() + "."))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Timed out after 0.2 s waiting for the counter to reach 1000.\n")
                .hasMessageMatching("(?s).*The counter read \\d+\\.");
    }

    @Test
    void aZeroTimeoutChecksOnce() {
        AtomicInteger checks = new AtomicInteger();

        assertThatThrownBy(() -> Waits.until("it", Duration.ZERO, () -> checks.incrementAndGet() > 1, () -> "no"))
                .hasMessageStartingWith("Checked once waiting for it.");
        assertThat(checks).hasValue(1);
    }

    @Test
    void whatAConditionThrowsEndsTheWaitAtOnce() {
        Instant started = Instant.now();

        assertThatThrownBy(() -> Waits.until(
                        "a reply",
                        Duration.ofSeconds(20),
                        () -> {
                            throw new AssertionError("the reply was an error");
                        },
                        () -> ""))
                .hasMessage("the reply was an error");
        assertThat(Duration.between(started, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aSetupStepsTimeoutCanBeAnErrorOfItsOwn() {
        assertThatThrownBy(() -> Waits.await("topics [a] to exist")
                        .atMost(Duration.ofMillis(50))
                        .lastSeen(() -> "Topics present: []")
                        .onTimeout(IllegalStateException::new)
                        .until(() -> false))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Timed out after 0.05 s waiting for topics [a] to exist.\nTopics present: []");
    }

    @Test
    void aWaitWithoutDeadlineOrReportIsRefused() {
        assertThatThrownBy(() -> Waits.await("something").lastSeen(() -> "").until(() -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a deadline");
        assertThatThrownBy(() ->
                        Waits.await("something").atMost(Duration.ofSeconds(1)).until(() -> true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("what was last seen");
    }

    @Test
    void untilPresentReturnsTheFirstValueFound() {
        AtomicInteger attempts = new AtomicInteger();

        String found = Waits.await("a value")
                .atMost(Duration.ofSeconds(5))
                .polling(Duration.ofMillis(1))
                .lastSeen(() -> attempts.get() + " attempts")
                .untilPresent(() -> attempts.incrementAndGet() < 3 ? Optional.empty() : Optional.of("third"));

        assertThat(found).isEqualTo("third");
        assertThat(attempts).hasValue(3);
    }

    /** A writer dying during a test ends its waits so, an observation window included. */
    @Test
    void whatTheThreadsGuardThrowsEndsEveryWaitAtOnceUntilRemoved() {
        long guardFrom = System.nanoTime() + Duration.ofMillis(200).toNanos();
        WaitGuard.install(() -> {
            if (System.nanoTime() > guardFrom) {
                throw new AssertionError("writer 1 died");
            }
        });
        try {
            long started = System.nanoTime();
            assertThatThrownBy(() -> Waits.letPass(Duration.ofSeconds(30))).hasMessage("writer 1 died");
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
        } finally {
            WaitGuard.remove();
        }
        Waits.until("it", Duration.ZERO, () -> true, () -> "no guard any more");
    }

    @Test
    void untilTimeReturnsNotBeforeTheDueTime() {
        Instant due = Instant.now().plusMillis(150);

        Waits.untilTime("the due time", due);

        assertThat(Instant.now()).isAfterOrEqualTo(due);
    }

    @Test
    void letPassLetsTheWindowPass() {
        long started = System.nanoTime();

        Waits.letPass(Duration.ofMillis(100));

        assertThat(System.nanoTime() - started)
                .isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
    }
}
