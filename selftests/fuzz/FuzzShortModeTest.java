package selftests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import selftests.runner.RunnerProcess;

/**
 * The fuzzer's CI mode against two reference writers of the current profile (CI runs the 2022 one as a step of its
 * own): every topic is fuzzed, no writer dies or hangs, and every answer is the one protocol.md promises.
 */
class FuzzShortModeTest {
    @TempDir
    Path logs;

    @Test
    void the_short_mode_passes_against_the_reference_writer() {
        RunnerProcess.Outcome run =
                FuzzScript.run(Duration.ofMinutes(6), "--short", "--strict", "--logs", logs.toString());

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.lines())
                .as(run.output())
                .anySatisfy(line -> assertThat(line)
                        .isEqualTo("1000 inputs, 0 crashes, 0 hangs, 0 wrong answers, 0 stray files (seed 1): passed"))
                .anySatisfy(
                        line -> assertThat(line).matches("fuzz: .* pool [1-9]\\d*, command [1-9]\\d*, data [1-9].*"))
                .anySatisfy(line -> assertThat(line).startsWith("all "));
    }
}
