package lib.compose;

import com.github.dockerjava.api.model.Container;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lib.images.DockerEngine;
import lib.kafka.ReadinessProbe;

/**
 * What {@code compose.java} does: {@code up} (Kafka, optionally the writers) that outlives the script, {@code down},
 * {@code status} and {@code logs} of one project. Each project keeps its logs in {@code logs/compose/<project>/}.
 */
public final class ComposeTool {
    /** Exit code of {@code status} when the project has no containers (as LSB's "program is not running"). */
    public static final int NOT_RUNNING = 3;

    /** The image {@code compose/writers.yml} runs when {@code WRITER_IMAGE} is not set. */
    public static final String REFERENCE_WRITER_IMAGE = "fw-system-tests/reference-writer:latest";

    private static final Duration STATUS_PROBE = Duration.ofSeconds(10);
    private static final String BOOTSTRAP_LABEL = "fw-system-tests.bootstrap";

    private final Path repoRoot;
    private final String project;
    private final boolean verbose;
    private final PrintStream out;

    public ComposeTool(Path repoRoot, String project, boolean verbose, PrintStream out) {
        ComposeSettings.requireProjectName(project);
        this.repoRoot = repoRoot;
        this.project = project;
        this.verbose = verbose;
        this.out = out;
    }

    /** The folder of the project's logs (and, by default, of its writers' files). */
    public Path folder() {
        return repoRoot.resolve("logs").resolve("compose").resolve(project);
    }

    /** Why compose cannot run here (the message {@code up} would fail with), or empty when it can. */
    public static Optional<String> composeProblem() {
        try {
            ComposeCli.find();
            return Optional.empty();
        } catch (ComposeException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The writers' image without {@code --writer-image}: {@code WRITER_IMAGE} if set, else the reference writer. */
    public static String defaultWriterImage() {
        return WriterServices.defaultImage();
    }

    /** The settings {@code up} uses: the broker's log goes to {@link #folder()}. */
    public ComposeSettings settings(int port, int controllerPort, String image, Duration timeout) {
        return new ComposeSettings(
                repoRoot, project, port, controllerPort, image, folder().resolve("broker.log"), timeout);
    }

    /**
     * Starts Kafka (and the writers when {@code writerImage} is given) and leaves them running; says so when the
     * project is up already.
     *
     * @param writerImage the writers' image, or null for none
     * @param writerOutput the writers' output folder, or null for {@code folder()/output-files}
     */
    public void up(ComposeSettings requested, String writerImage, Path writerOutput) {
        ComposeSettings settings = runningImage(requested)
                .map(requested::withImage)
                .orElseGet(() -> {
                    ComposeKafka.start(requested, out, verbose).leaveRunning();
                    return requested;
                });
        if (writerImage != null) {
            startWriters(
                    settings,
                    new WriterServices(
                            writerImage, writerOutput != null ? writerOutput : folder().resolve("output-files")));
        }
        out.println("bootstrap: " + settings.bootstrapServers());
        out.println("run the tests against it: ./jbang run_tests.java --kafka " + settings.bootstrapServers());
        out.println("stop it: ./jbang compose.java down" + projectOption());
    }

    /** The image of the project's Kafka when it is up already and answers at the requested address. */
    private Optional<String> runningImage(ComposeSettings settings) {
        try (DockerEngine docker = ComposeKafka.connect()) {
            Optional<Container> kafka =
                    new ProjectContainers(docker.client(), project).service(ComposeFiles.KAFKA_SERVICE);
            if (kafka.isEmpty() || !"running".equals(kafka.get().getState()) || !answers(kafka.get())) {
                return Optional.empty();
            }
            String bootstrap = kafka.get().getLabels().getOrDefault(BOOTSTRAP_LABEL, "?");
            if (!bootstrap.equals(settings.bootstrapServers())) {
                throw new ComposeException("project " + project + " is up already, with Kafka at " + bootstrap
                        + "; use that address, or ./jbang compose.java down" + projectOption() + " first");
            }
            out.println("project " + project + " is up already: Kafka ("
                    + kafka.get().getImage() + ") answers at " + bootstrap);
            return Optional.of(kafka.get().getImage());
        }
    }

    private void startWriters(ComposeSettings settings, WriterServices writers) {
        Map<String, String> variables = new HashMap<>(ComposeKafka.variables(settings));
        variables.putAll(writers.prepare());
        ComposeProject compose = project(ComposeFiles.kafkaAndWriters(repoRoot), variables);
        out.println("starting the writers " + String.join(", ", ComposeFiles.WRITER_SERVICES) + " (" + writers.image()
                + ", as user " + variables.get(ComposeFiles.FW_UID) + ":" + variables.get(ComposeFiles.FW_GID)
                + ") after creating their topics ...");
        try {
            compose.up(ComposeFiles.WRITER_SERVICES);
        } catch (ComposeException e) {
            out.println("the writers did not start; bringing project " + project + " down");
            down();
            throw e;
        }
        out.println("writers started; their files go to " + variables.get(ComposeFiles.FW_OUTPUT)
                + " (their logs: ./jbang compose.java logs" + projectOption() + ")");
    }

    /** Stops the project, saves each container's log to {@link #folder()}, removes every container and network. */
    public void down() {
        try (DockerEngine docker = ComposeKafka.connect()) {
            ProjectContainers containers = new ProjectContainers(docker.client(), project);
            List<Container> before = containers.all();
            if (before.isEmpty()) {
                out.println("project " + project + ": nothing to remove");
                return;
            }
            ComposeProject compose = project(ComposeFiles.kafkaAndWriters(repoRoot), Map.of());
            ComposeKafka.bringDown(compose, containers, this::logFile);
            out.println("project " + project + ": removed " + before.size() + " container(s); their logs are in "
                    + repoRoot.relativize(folder()) + "/");
        }
    }

    /**
     * Lists the project's containers and whether Kafka answers.
     *
     * @return 0 when Kafka answers, {@link #NOT_RUNNING} when the project has no containers, 1 otherwise
     */
    public int status() {
        try (DockerEngine docker = ComposeKafka.connect()) {
            List<Container> containers = new ProjectContainers(docker.client(), project).all();
            if (containers.isEmpty()) {
                out.println("project " + project + ": not running (no containers); start it with ./jbang compose.java"
                        + " up" + projectOption());
                return NOT_RUNNING;
            }
            out.println("project " + project + ":");
            Container kafka = null;
            for (Container container : containers) {
                out.printf(
                        "  %-8s %-28s %-30s %s%n",
                        ProjectContainers.service(container),
                        container.getStatus(),
                        ProjectContainers.name(container),
                        container.getImage());
                if (ComposeFiles.KAFKA_SERVICE.equals(ProjectContainers.service(container))) {
                    kafka = container;
                }
            }
            if (kafka == null || !"running".equals(kafka.getState())) {
                out.println("Kafka is not running; ./jbang compose.java down" + projectOption() + " removes the rest");
                return 1;
            }
            String bootstrap = kafka.getLabels().getOrDefault(BOOTSTRAP_LABEL, "?");
            if (!answers(kafka)) {
                out.println("Kafka at " + bootstrap + " does not answer (yet?); see ./jbang compose.java logs"
                        + projectOption());
                return 1;
            }
            out.println("Kafka answers at " + bootstrap + ": ./jbang run_tests.java --kafka " + bootstrap);
            return 0;
        }
    }

    /** Prints the project's logs ({@code compose logs}); its exit code. */
    public int logs(boolean follow, Integer tail, List<String> services) {
        List<String> options = new ArrayList<>(List.of("--no-color"));
        if (follow) {
            options.add("--follow");
        }
        if (tail != null) {
            options.addAll(List.of("--tail", tail.toString()));
        }
        options.addAll(services);
        return project(ComposeFiles.kafkaAndWriters(repoRoot), Map.of()).logs(options);
    }

    private Path logFile(Container container) {
        return folder().resolve(
                        ComposeKafka.isKafka(container) ? "broker.log" : ProjectContainers.service(container) + ".log");
    }

    private boolean answers(Container kafka) {
        String bootstrap = kafka.getLabels().get(BOOTSTRAP_LABEL);
        if (bootstrap == null) {
            return false;
        }
        try {
            ReadinessProbe.roundTrip(bootstrap, STATUS_PROBE);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    private ComposeProject project(List<Path> files, Map<String, String> variables) {
        return new ComposeProject(ComposeCli.find(), project, files, variables, verbose ? out : null);
    }

    private String projectOption() {
        return ComposeSettings.DEFAULT_PROJECT.equals(project) ? "" : " --project " + project;
    }
}
