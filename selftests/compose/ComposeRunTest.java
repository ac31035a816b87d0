package selftests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Container;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lib.cli.RepoRoot;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import selftests.runner.RunnerProcess;
import selftests.runner.RunnerProcess.Outcome;

/**
 * Whole runs with {@code --kafka compose --image}: the compose Kafka and the writer containers are gone after a run
 * whose test failed and after a run stopped by Ctrl-C, as {@code docker ps -a} lists them by label.
 */
class ComposeRunTest extends ComposeTestBase {
    private static final Duration RUN_TIMEOUT = Duration.ofMinutes(4);
    private static final Map<String, String> COMPOSE_IMAGE = Map.of("KAFKA_IMAGE", ComposeFixtures.KAFKA_IMAGE);
    /** A test of two writers that the fault switch makes fail (see selftests/faults/FaultSwitchTest). */
    private static final String TEST = "test_ignores_commands_with_incorrect_job_id";

    @Test
    void aRunWhoseTestFailsLeavesNoContainer(@TempDir Path logs) throws Exception {
        Map<String, String> environment = new HashMap<>(COMPOSE_IMAGE);
        environment.put("FILE_WRITER_FAULTS", "wrong-status-code");
        Outcome outcome =
                RunnerProcess.run(environment, RUN_TIMEOUT, arguments(logs).toArray(String[]::new));

        assertThat(outcome.exitCode()).as(outcome.output()).isEqualTo(1);
        assertThat(outcome.lines()).as(outcome.output()).contains("0 passed, 1 failed, 0 skipped");
        Path run = logs.resolve("latest").toRealPath();
        assertThat(run.resolve("broker.log"))
                .as("the compose broker's log")
                .content()
                .contains("Kafka Server started");
        assertThat(leftContainers(run)).isEmpty();
    }

    @Test
    void aRunStoppedByCtrlCLeavesNoContainer(@TempDir Path logs) throws Exception {
        Path output = Files.createTempFile(logs, "run", ".out");
        List<String> command = new ArrayList<>(List.of(repo().resolve("jbang").toString(), "run_tests.java"));
        command.addAll(arguments(logs));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(repo().toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(COMPOSE_IMAGE);
        Process runner = builder.start();
        try {
            Awaitility.await("the run's writer containers ready, as its output says")
                    .atMost(RUN_TIMEOUT)
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> !runner.isAlive() || Files.readString(output).contains("writers: 2 ready"));
            assertThat(runner.isAlive()).as(Files.readString(output)).isTrue();
            // The launcher execs the JVM, so this is Ctrl-C as the terminal sends it to the runner.
            new ProcessBuilder("kill", "-INT", Long.toString(runner.pid()))
                    .start()
                    .waitFor();
            assertThat(runner.waitFor(60, TimeUnit.SECONDS))
                    .as("the run ends after SIGINT; output:%n%s", Files.readString(output))
                    .isTrue();
        } finally {
            runner.destroyForcibly();
        }
        Path run = logs.resolve("latest").toRealPath();
        assertThat(leftContainers(run))
                .as(Files.readString(output, StandardCharsets.UTF_8))
                .isEmpty();
    }

    private static List<String> arguments(Path logs) {
        return List.of(
                "--kafka", "compose", "--image", ComposeFixtures.WRITER_IMAGE, "--logs", logs.toString(), "-k", TEST);
    }

    /** The writer containers of the run and the containers of compose projects of runs that have ended. */
    private List<String> leftContainers(Path run) throws IOException {
        List<String> left = new ArrayList<>();
        for (Container container : docker.client()
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of("fw-system-tests.run", run.getFileName().toString()))
                .exec()) {
            left.add(String.join(",", container.getNames()));
        }
        for (Container container : docker.client()
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(List.of("com.docker.compose.project"))
                .exec()) {
            String project = container.getLabels().get("com.docker.compose.project");
            if (project.startsWith("fwst-run-")) {
                left.add(String.join(",", container.getNames()) + " (project " + project + ")");
            }
        }
        return left;
    }

    private static Path repo() {
        return RepoRoot.of("run_tests.java");
    }
}
