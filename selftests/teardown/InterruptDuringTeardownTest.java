package selftests.teardown;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run stopped by SIGTERM in its teardown, after its test passed: the writer has the reference writer's
 * {@code slow-stop} fault, so it lingers 3 s once asked to stop, and the signal comes when its log says it was asked.
 * The teardown goes on to its end, and the closing line still counts the passed test.
 */
class InterruptDuringTeardownTest extends InterruptedRuns {
    @Test
    void theTeardownEndsAndSaysSo() throws Exception {
        interruptCleanly(
                Map.of("FILE_WRITER_FAULTS", "slow-stop"),
                "writer-1.log",
                "Shutdown requested",
                "TERM",
                "1 test: 1 passed, 0 failed");
    }
}
