package selftests.teardown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run stopped while its test runs (the writer's log says it started the test's job): the test is reported as
 * interrupted, not failed, and the run ends with one line; after SIGKILL to the runner its writer is left running,
 * and the next run stops it and says so.
 */
class InterruptDuringTestTest extends InterruptedRuns {
    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM"})
    void theTestIsInterruptedAndNothingIsLeft(String signal) throws Exception {
        KilledRun run =
                interruptCleanly(Map.of(), "writer-1.log", "Started write job", signal, "1 test: 0 passed, 0 failed");
        assertThat(run.lines()).anyMatch(line -> line.matches("  stop " + TEST + " \\(\\d+ ms\\): interrupted"));
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"KILL"})
    void theWriterOfAKilledRunIsStoppedByTheNext(String signal) throws Exception {
        KilledRun run = start(Map.of());
        run.awaitInRunFolder("writer-1.log", "Started write job");
        String writer =
                Files.readString(run.runFolder().resolve("writers.pids")).split(" ")[0];

        run.signal(signal, false);

        assertNextRunSweeps(
                run, List.of("stopping writer PID " + writer + " left running by the run in " + run.runFolder()));
    }
}
