package selftests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import selftests.runner.RunnerProcess;
import selftests.runner.RunnerProcess.Outcome;

/**
 * A writer that dies during a test is reported and replaced (decisions G4): that test fails with one line naming the
 * writer, how it died and the test, the writer is replaced before the next test, which passes, and the run's summary
 * lists the death. Each case is a whole run with one writer and two tests: the first writes a file, the second only
 * has a start refused (so a replacement with the crash fault on passes it).
 */
class WriterDeathTest {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);
    private static final String DYING = "test_rejoins_pool_after_writing_done";
    private static final String NEXT = "test_reject_bad_json";

    @Test
    void aWriterThatCrashesFailsItsTestWithOneLineAndIsReplaced(@TempDir Path logs) throws Exception {
        Outcome outcome = RunnerProcess.run(
                Map.of("FILE_WRITER_FAULTS", "crash-after-writing-done"), RUN_TIMEOUT, arguments(logs));

        assertDeathReportedAndWriterReplaced(outcome, logs, "SIGABRT");
    }

    @Test
    void aWriterKilledDuringATestIsReportedAsKilledAndReplaced(@TempDir Path logs) throws Exception {
        Outcome outcome = RunnerProcess.run(
                Map.of(), RUN_TIMEOUT, runner -> killWriterOnceWriting(runner, logs), arguments(logs));

        assertDeathReportedAndWriterReplaced(outcome, logs, "SIGKILL");
    }

    private static String[] arguments(Path logs) {
        return new String[] {"-k", DYING + " or " + NEXT, "--writers", "1", "--logs", logs.toString()};
    }

    /** SIGKILL to writer 1 (its PID from the run's writers.pids) once its log says it started a job. */
    private static void killWriterOnceWriting(Process runner, Path logs) {
        Path run = logs.resolve("latest");
        Awaitility.await("writer 1 writing, as its log says")
                .atMost(RUN_TIMEOUT)
                .pollInterval(Duration.ofMillis(50))
                .until(() -> !runner.isAlive() || contains(run.resolve("writer-1.log"), "Started write job"));
        assertThat(runner.isAlive()).as("the run is still going").isTrue();
        long pid = Long.parseLong(readString(run.resolve("writers.pids")).split(" ")[0]);
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
    }

    private static void assertDeathReportedAndWriterReplaced(Outcome outcome, Path logs, String signal)
            throws Exception {
        Path run = logs.resolve("latest").toRealPath();
        String death = "writer 1 \\(PID \\d+\\) died of " + signal + " during " + DYING;
        assertThat(outcome.exitCode())
                .as("exit status; output:%n%s", outcome.output())
                .isNotZero();
        assertThat(Verdict.allOf(run))
                .as("JUnit XML of the run; its output:%n%s", outcome.output())
                .satisfiesExactly(
                        dying -> {
                            assertThat(dying.test()).isEqualTo(DYING);
                            assertThat(dying.outcome()).isEqualTo("failure");
                            assertThat(dying.message().lines().findFirst().orElse(""))
                                    .matches(death);
                        },
                        next -> assertThat(next).isEqualTo(new Verdict(NEXT, "passed", "")));
        assertThat(outcome.lines())
                .as("the run's output")
                .anyMatch(line -> line.startsWith("writer 1 replaced: writer-1.2.log (PID "));
        assertThat(run.resolve("writer-1.2.log")).as("the replacement's log").exists();
        assertThat(Files.readAllLines(run.resolve("summary.txt")))
                .as("the run's summary")
                .containsSubsequence("1 passed, 1 failed, 0 skipped", "writers that died: 1")
                .anyMatch(line -> line.matches("  " + death + "; replaced: writer-1\\.2\\.log \\(PID \\d+, .*"));
    }

    private static boolean contains(Path file, String text) {
        return Files.isRegularFile(file) && readString(file).contains(text);
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException("could not read " + file, e);
        }
    }
}
