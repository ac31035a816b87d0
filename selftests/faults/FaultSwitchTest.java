package selftests.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import selftests.runner.RunnerProcess;
import selftests.runner.RunnerProcess.Outcome;

/**
 * The catalogue can fail: with one rule of the reference writer broken on purpose ({@code FILE_WRITER_FAULTS}),
 * the catalogue test guarding that rule is reported as failed. Each case is a whole run (broker and one writer).
 */
class FaultSwitchTest {
    private static final String FAULTS_VARIABLE = "FILE_WRITER_FAULTS";
    /** Generous: a cold cache builds the reference writer first. */
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(5);

    /**
     * Per rule, the test guarding it that reaches its verdict fastest, and a piece of the failure it must report
     * (so the test fails for the broken rule, not for some other reason).
     */
    @ParameterizedTest(name = "{0} fails {2} ({1})")
    @CsvSource(
            delimiter = '|',
            value = {
                "drop-last-before-start | current |"
                        + " test_f144_data_before_start_is_written_when_no_data_between_start_and_stop | delay/value to"
                        + " contain exactly [3] but it holds []",
                "write-repeated-values  | current | test_f144_skips_repeated_data | but it holds [10.0, 12.0, 12.0,",
                "skip-alarms            | 2022    | test_start_and_stop_time_are_in_the_past_with_alarms"
                        + " | alarm_status to have 149 rows but it has shape [0]",
                "wrong-status-code      | current | test_ignores_commands_with_incorrect_job_id"
                        + " | to be ERROR it became SUCCESS",
            })
    void eachFaultFailsTheTestOfItsRule(String fault, String profile, String test, String failure, @TempDir Path logs)
            throws Exception {
        Outcome outcome = runOneTest(Map.of(FAULTS_VARIABLE, fault), profile, test, logs);

        assertThat(outcome.exitCode())
                .as("exit status of a run with %s=%s; its output:%n%s", FAULTS_VARIABLE, fault, outcome.output())
                .isNotZero();
        Path run = logs.resolve("latest").toRealPath();
        assertThat(Verdict.allOf(run))
                .as("JUnit XML of the run; its output:%n%s", outcome.output())
                .singleElement()
                .satisfies(verdict -> {
                    assertThat(verdict.test()).isEqualTo(test);
                    assertThat(verdict.outcome()).isEqualTo("failure");
                    assertThat(verdict.message()).contains(failure);
                });
        assertThat(writerLogs(run)).as("the writer's log").anyMatch(log -> log.contains(FAULTS_VARIABLE + "=" + fault));
    }

    /** Without the fault the same invocation passes, so the fault, not the run, made the test fail. */
    @Test
    void theSameRunWithoutAFaultPasses(@TempDir Path logs) throws Exception {
        String test = "test_ignores_commands_with_incorrect_job_id";
        Outcome outcome = runOneTest(Map.of(), "current", test, logs);

        assertThat(outcome.exitCode())
                .as("exit status; output:%n%s", outcome.output())
                .isZero();
        assertThat(Verdict.allOf(logs.resolve("latest").toRealPath())).containsExactly(new Verdict(test, "passed", ""));
    }

    private static Outcome runOneTest(Map<String, String> environment, String profile, String test, Path logs)
            throws IOException, InterruptedException {
        return RunnerProcess.run(
                environment,
                RUN_TIMEOUT,
                "-k",
                test,
                "--writers",
                "1",
                "--profile",
                profile,
                "--logs",
                logs.toString());
    }

    private static List<String> writerLogs(Path run) throws IOException {
        List<String> logs = new ArrayList<>();
        try (Stream<Path> files = Files.list(run)) {
            for (Path file : files.filter(path -> path.getFileName().toString().startsWith("writer-"))
                    .toList()) {
                logs.add(Files.readString(file));
            }
        }
        return logs;
    }
}
