package selftests.teardown;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run stopped in its teardown, after its test passed: the writer has the reference writer's {@code slow-stop}
 * fault, so it lingers 3 s once asked to stop, and the signal comes when its log says it was asked. The closing line
 * still counts the passed test; after SIGKILL the next run finds nothing of the killed one left.
 */
class InterruptDuringTeardownTest extends InterruptedRuns {
    private static final Map<String, String> SLOW_STOP = Map.of("FILE_WRITER_FAULTS", "slow-stop");

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM"})
    void theTeardownEndsAndSaysSo(String signal) throws Exception {
        interruptCleanly(SLOW_STOP, "writer-1.log", "Shutdown requested", signal, "1 test: 1 passed, 0 failed");
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"KILL"})
    void nothingOfAKilledTeardownOutlastsTheNextRun(String signal) throws Exception {
        KilledRun run = start(SLOW_STOP);
        run.awaitInRunFolder("writer-1.log", "Shutdown requested");

        run.signal(signal, false);

        assertNextRunSweeps(run, List.of());
    }
}
