package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import selftests.runner.RunnerProcess.Outcome;

/** The runner as a user meets it: {@code ./jbang run_tests.java ...} in a separate process. */
class CommandLineTest {
    private static final List<String> OPTIONS = List.of(
            "-k",
            "--kafka",
            "--local-build",
            "--wait-to-attach-debugger",
            "--image",
            "--no-writer",
            "--writers",
            "--profile",
            "--logs",
            "--list",
            "--fail-fast",
            "-v",
            "--self-test");

    private static Outcome runTests(String... args) throws IOException, InterruptedException {
        return RunnerProcess.run(args);
    }

    @Test
    void helpDocumentsEveryOption() throws Exception {
        Outcome help = runTests("--help");
        assertThat(help.exitCode()).isZero();
        for (String option : OPTIONS) {
            assertThat(help.output()).as("help mentions %s", option).contains(option);
        }
    }

    @Test
    void anUnknownOptionGetsOneLineWithASuggestion() throws Exception {
        Outcome outcome = runTests("--profil", "current");
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.lines())
                .singleElement()
                .asString()
                .contains("Unknown option: '--profil'")
                .contains("did you mean --profile?");
    }

    @Test
    void aMalformedKeywordExpressionGetsOneLine() throws Exception {
        Outcome outcome = runTests("--list", "-k", "start and (stop");
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.lines()).singleElement().asString().contains("'(' at index 10 is never closed");
    }

    @Test
    void aLocalBuildFolderWithoutTheBinaryGetsOneLine(@TempDir Path build) throws Exception {
        Files.createDirectories(build.resolve("bin"));
        Outcome outcome = runTests("--local-build", build.toString());
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.lines())
                .singleElement()
                .asString()
                .contains("--local-build " + build + ": no bin/kafka-to-nexus inside; point at the build folder");
    }

    @Test
    void aRunPrintsItsTestsAndLeavesSummaryAndReportsInItsFolder(@TempDir Path logs) throws Exception {
        Outcome outcome = runTests("--self-test", "--logs", logs.toString(), "-k", "RunFolder");
        assertThat(outcome.exitCode()).as(outcome.output()).isZero();
        assertThat(outcome.lines()).contains("RunFolderTest", "2 passed, 0 failed, 0 skipped");
        Path run = logs.resolve("latest").toRealPath();
        assertThat(run.resolve("summary.txt")).content().contains("\n2 passed, 0 failed, 0 skipped\n");
        assertThat(run.resolve("junit").resolve("TEST-junit-jupiter.xml"))
                .content()
                .contains("tests=\"2\"", "failures=\"0\"");
    }

    @Test
    void aRunInWhichNoTestRanFails(@TempDir Path logs) throws Exception {
        Outcome outcome = runTests("--self-test", "--logs", logs.toString(), "-k", "no_test_is_called_this");
        assertThat(outcome.exitCode()).isNotZero();
        assertThat(outcome.lines())
                .contains("0 passed, 0 failed, 0 skipped")
                .anyMatch(line -> line.startsWith("no tests ran: -k 'no_test_is_called_this' selects none"));
    }

    @Test
    void listShowsSelectedTestsAndRunsNothing() throws Exception {
        Outcome outcome = runTests("--self-test", "--list", "-k", "RunFolder and not twenty");
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.lines())
                .contains("RunFolderTest > aRunFolderIsNamedByTimeAndLatestPointsAtIt(Path)")
                .noneMatch(line -> line.contains("onlyTheNewestTwentyRunsAreKept"))
                .noneMatch(line -> line.startsWith("KeywordExpressionTest > anEmptyExpression"))
                .allMatch(line -> line.startsWith("RunFolderTest")
                        || line.contains("only invocations")
                        || line.endsWith("selected (a parameterised test counts once)"));
    }

    @Test
    void stressTestsAreLeftOutUnlessKSelectsThem() throws Exception {
        Outcome normal = runTests("--list");
        Outcome stress = runTests("--list", "-k", "stress");
        assertThat(normal.exitCode()).isZero();
        assertThat(normal.lines()).noneMatch(line -> line.startsWith("test_stress"));
        assertThat(stress.lines()).contains("test_stress > test_hours_of_logs_and_events_compressed_into_seconds");
    }
}
