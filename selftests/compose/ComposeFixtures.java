package selftests.compose;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.dockerjava.api.model.Container;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import lib.cli.RepoRoot;
import lib.compose.ComposeTool;
import lib.images.BuildOptions;
import lib.images.DockerEngine;
import lib.images.ImageBuilder;
import org.apache.commons.io.file.PathUtils;
import selftests.runner.RunnerProcess;

/** What the compose self-tests share: the images they need, their projects, the script, the sweep. */
final class ComposeFixtures {
    static final String KAFKA_IMAGE = "fw-system-tests/kafka:latest";
    static final String WRITER_IMAGE = ComposeTool.REFERENCE_WRITER_IMAGE;
    /** The self-tests' compose projects start with this, so that a sweep finds those of a killed run. */
    static final String PROJECT_PREFIX = "fwst-selftest-";

    private static final String PROJECT_LABEL = "com.docker.compose.project";
    private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(3);

    private ComposeFixtures() {}

    static Path repoRoot() {
        return RepoRoot.of("compose.java");
    }

    static String newProject() {
        return PROJECT_PREFIX + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Skips the class when no compose program runs (unless CI requires Docker); builds the Kafka image when it is
     * missing or stale (a second of work when it is current), and the reference writer's only when it is missing:
     * any version of it publishes status, and other checkouts on this daemon may use theirs.
     */
    static void requireComposeAndImages() {
        Optional<String> problem = ComposeTool.composeProblem();
        assumeTrue(problem.isEmpty() || "1".equals(System.getenv("CI_REQUIRES_DOCKER")), problem.orElse(""));
        BuildOptions defaults = BuildOptions.defaults(repoRoot());
        ImageBuilder.run(defaults.withRecipe("kafka"), System.out);
        try (DockerEngine docker = DockerEngine.connect()) {
            if (docker.image(WRITER_IMAGE).isEmpty()) {
                ImageBuilder.run(defaults, System.out);
            }
        }
    }

    /** Runs {@code ./jbang compose.java ARGS} with {@code environment} added to this JVM's. */
    static RunnerProcess.Outcome script(Map<String, String> environment, String... args) {
        try {
            return RunnerProcess.runScript("compose.java", environment, SCRIPT_TIMEOUT, args);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    static RunnerProcess.Outcome script(String... args) {
        return script(Map.of(), args);
    }

    /** The containers of a compose project, as {@code docker ps -a --filter label=...} lists them. */
    static List<Container> containers(DockerEngine docker, String project) {
        return docker.client()
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(List.of(PROJECT_LABEL + "=" + project))
                .exec();
    }

    /** Removes the containers of every self-test project (also a killed run's) and their log folders. */
    static void removeLeftovers() {
        try (DockerEngine docker = DockerEngine.connect()) {
            for (Container container : docker.client()
                    .listContainersCmd()
                    .withShowAll(true)
                    .withLabelFilter(List.of(PROJECT_LABEL))
                    .exec()) {
                if (container.getLabels().get(PROJECT_LABEL).startsWith(PROJECT_PREFIX)) {
                    docker.removeContainer(container.getId());
                }
            }
        }
        Path folder = repoRoot().resolve("logs/compose");
        try (Stream<Path> projects = Files.list(folder)) {
            for (Path project : projects.filter(p -> p.getFileName().toString().startsWith(PROJECT_PREFIX))
                    .toList()) {
                PathUtils.deleteDirectory(project);
            }
        } catch (IOException e) {
            // no logs/compose yet
        }
    }
}
