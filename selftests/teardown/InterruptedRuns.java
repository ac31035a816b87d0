package selftests.teardown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the interrupt self-tests share: runs of one short test with one writer, stopped by a signal at a point the
 * test awaits (a file or a log line, never a fixed delay), then checked for the exit status, the closing line and
 * what is left; after a SIGKILL the next run is started, sweeps and says so, and is itself stopped once it named
 * its folder. A terminal's Ctrl-C reaches the whole process group, so SIGINT goes to the group; SIGTERM to the runner
 * alone, as a CI timeout or kill sends it.
 */
abstract class InterruptedRuns {
    static final String TEST = "test_links";

    @TempDir
    Path logs;

    @TempDir
    Path outputs;

    private final List<KilledRun> runs = new ArrayList<>();

    KilledRun start(Map<String, String> environment) throws Exception {
        KilledRun run = KilledRun.start(
                outputs.resolve("run-" + (runs.size() + 1) + ".out"),
                environment,
                "-k",
                TEST,
                "--writers",
                "1",
                "--logs",
                logs.toString());
        runs.add(run);
        return run;
    }

    @AfterEach
    void leaveNothing() throws Exception {
        for (KilledRun run : runs) {
            run.destroy();
        }
    }

    static boolean toGroup(String signal) {
        return signal.equals("INT");
    }

    static int exitCodeOf(String signal) {
        return switch (signal) {
            case "INT" -> 130;
            case "TERM" -> 143;
            case "KILL" -> 137;
            default -> throw new IllegalArgumentException(signal);
        };
    }

    /**
     * Starts a run, sends it {@code signal} once {@code file} of its folder holds {@code text}, and checks that it
     * ended cleanly with "interrupted by SIG... after {@code counts}; nothing left running".
     */
    KilledRun interruptCleanly(Map<String, String> environment, String file, String text, String signal, String counts)
            throws Exception {
        KilledRun run = start(environment);
        run.awaitInRunFolder(file, text);
        run.signal(signal, toGroup(signal));
        assertEndedCleanly(run, signal, "interrupted by SIG" + signal + " after " + counts + "; nothing left running");
        return run;
    }

    /** The run ended with the signal's status, {@code closing} as its last line, and nothing of it is left. */
    static void assertEndedCleanly(KilledRun run, String signal, String closing) throws Exception {
        Path folder = run.runFolder();
        assertThat(run.awaitEnd()).as("exit status; output:%n%s", run.output()).isEqualTo(exitCodeOf(signal));
        List<String> lines = run.lines();
        assertThat(lines).as("the run's output").last().isEqualTo(closing);
        assertThat(lines)
                .as("the run's output: no failure, no stack trace")
                .noneMatch(line -> line.contains("FAIL") || line.matches("\\s+at .*"));
        assertThat(run.leftovers(folder)).as("left by the run").isEmpty();
    }

    /**
     * After a run ended by SIGKILL: the next run says {@code expected} (its sweep) before anything else, and is
     * stopped with SIGTERM once it named its folder (the sweep is done by then); then nothing of either run is left.
     */
    void assertNextRunSweeps(KilledRun killed, List<String> expected) throws Exception {
        Path killedFolder = killed.runFolder();
        assertThat(killed.awaitEnd()).isEqualTo(137);
        KilledRun next = start(Map.of());
        next.runFolder();
        next.signal("TERM", false);
        assertEndedCleanly(
                next, "TERM", "interrupted by SIGTERM after 0 tests: 0 passed, 0 failed; nothing left running");
        List<String> lines = next.lines();
        int runFolderLine = lines.indexOf(lines.stream()
                .filter(line -> line.startsWith("run folder: "))
                .findFirst()
                .orElseThrow());
        assertThat(lines.subList(0, runFolderLine))
                .as("what the next run swept")
                .containsAll(expected);
        // The sweep's SIGTERM and SIGKILL have gone out; a process may take a moment to leave /proc.
        Awaitility.await("nothing of the killed run left")
                .atMost(Duration.ofSeconds(15))
                .pollInterval(Duration.ofMillis(200))
                .untilAsserted(() -> assertThat(killed.leftovers(killedFolder))
                        .as("left by the killed run")
                        .isEmpty());
    }
}
