package selftests.teardown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lib.kafka.TempFolders;
import lib.runner.LeftoverSweep;
import lib.writers.Signals;
import org.junit.jupiter.api.Test;

/**
 * A run stopped while its test runs (the writer's log says it started the test's job). SIGTERM: the test is reported
 * as interrupted, not failed, and the run ends with one line; a leftover sweep (as another run sharing the logs
 * folder makes at its start) just before leaves the run alone. SIGKILL to the runner and its broker (as an OOM kill
 * may): the writer and the broker's storage are left, and the next run stops and removes them and says so.
 */
class InterruptDuringTestTest extends InterruptedRuns {
    @Test
    void sigtermInterruptsTheTestAndTheSweepOfAnotherRunLeavesItAlone() throws Exception {
        KilledRun run = start(Map.of());
        run.awaitInRunFolder("writer-1.log", "Started write job");

        ByteArrayOutputStream swept = new ByteArrayOutputStream();
        LeftoverSweep.sweep(logs, new PrintStream(swept, true, StandardCharsets.UTF_8));
        assertThat(swept.toString(StandardCharsets.UTF_8))
                .as("what the sweep said")
                .doesNotContain("left running by the run in " + run.runFolder())
                .doesNotContain("fwst-kafka-" + run.pid() + "-");
        Path folder = run.runFolder();
        for (String pids : List.of("writers.pids", "brokers.pids")) {
            assertThat(ProcessHandle.of(Long.parseLong(firstPid(folder.resolve(pids)))))
                    .as("the process %s names, after the sweep", pids)
                    .hasValueSatisfying(process -> assertThat(process.isAlive()).isTrue());
        }

        run.signal("TERM", false);
        assertEndedCleanly(
                run, "TERM", "interrupted by SIGTERM after 1 test: 0 passed, 0 failed; nothing left running");
        assertThat(run.lines()).anyMatch(line -> line.matches("  stop " + TEST + " \\(\\d+ ms\\): interrupted"));
    }

    @Test
    void whatAKilledRunLeftIsStoppedAndRemovedByTheNext() throws Exception {
        KilledRun run = start(Map.of());
        run.awaitInRunFolder("writer-1.log", "Started write job");
        Path folder = run.runFolder();
        String writer = firstPid(folder.resolve("writers.pids"));
        long broker = Long.parseLong(firstPid(folder.resolve("brokers.pids")));

        Signals.stop(broker); // stopped, it cannot act on its input's end and remove its storage before its SIGKILL
        run.signal("KILL", false);
        ProcessHandle.of(broker).orElseThrow().destroyForcibly();
        assertThat(run.awaitEnd()).isEqualTo(137);

        List<Path> storage = TempFolders.of(run.pid());
        assertThat(storage).as("the killed broker's storage").hasSize(1);
        assertNextRunSweeps(
                run,
                List.of(
                        "stopping writer PID " + writer + " left running by the run in " + folder,
                        "removing " + storage.get(0) + ", left by a run that was killed"));
    }

    private static String firstPid(Path pids) throws Exception {
        return Files.readString(pids).split(" ")[0];
    }
}
