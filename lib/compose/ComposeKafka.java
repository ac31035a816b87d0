package lib.compose;

import com.github.dockerjava.api.model.Container;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Collectors;
import lib.images.DockerEngine;
import lib.images.ImageBuildException;
import lib.kafka.BrokerClients;
import lib.kafka.Kafka;
import lib.kafka.ShutdownHooks;

/**
 * Kafka from {@code compose/kafka.yml}: started by {@link #start}, which returns once the broker answered a probe
 * round trip; {@link #close()} saves the broker's log and brings the project down (also from the shutdown hook this
 * class registers, so Ctrl-C leaves nothing behind).
 */
public final class ComposeKafka implements Kafka {
    private static final int LOG_LINES = 20;

    private final ComposeSettings settings;
    private final DockerEngine docker;
    private final ComposeProject project;
    private final ProjectContainers containers;
    private final PrintStream progress;
    private final Thread shutdownHook;
    private final BrokerClients clients = new BrokerClients();
    private boolean closed;

    private ComposeKafka(
            ComposeSettings settings,
            DockerEngine docker,
            ComposeProject project,
            ProjectContainers containers,
            PrintStream progress) {
        this.settings = settings;
        this.docker = docker;
        this.project = project;
        this.containers = containers;
        this.progress = progress;
        this.shutdownHook = new Thread(
                () -> {
                    clients.awaitEnds();
                    close();
                },
                "compose-kafka-stop");
    }

    /**
     * Removes what an earlier run left in the project, checks that both ports are free, runs {@code up} and waits
     * for the broker.
     *
     * @param progress receives a line per stage
     * @throws ComposeException one line naming the fix (no daemon, no compose, a busy port, a failed {@code up});
     *     when the broker does not answer in time, that line and the container's last 20 log lines, after the
     *     project was brought down
     */
    public static ComposeKafka start(ComposeSettings settings, PrintStream progress) {
        return start(settings, progress, false);
    }

    static ComposeKafka start(ComposeSettings settings, PrintStream progress, boolean verbose) {
        DockerEngine docker = connect();
        try {
            ComposeCli cli = ComposeCli.find();
            ComposeProject project = new ComposeProject(
                    cli,
                    settings.project(),
                    ComposeFiles.kafkaOnly(settings.repoRoot()),
                    variables(settings),
                    verbose ? progress : null);
            ComposeKafka kafka = new ComposeKafka(
                    settings, docker, project, new ProjectContainers(docker.client(), settings.project()), progress);
            kafka.removeLeftovers();
            Ports.requireFree(settings.port(), "port", "--port");
            Ports.requireFree(settings.controllerPort(), "controller port", "--controller-port");
            kafka.run();
            return kafka;
        } catch (RuntimeException e) {
            docker.close();
            throw e;
        }
    }

    /** Fails with {@link #start}'s one line when no daemon answers or no compose program runs; starts nothing. */
    public static void checkPrerequisites() {
        connect().close();
        ComposeCli.find();
    }

    /** The variables {@code compose/kafka.yml} reads; every compose command on the project must pass the same. */
    static Map<String, String> variables(ComposeSettings settings) {
        return Map.of(
                ComposeFiles.KAFKA_IMAGE, settings.image(),
                ComposeFiles.KAFKA_PORT, Integer.toString(settings.port()),
                ComposeFiles.KAFKA_CONTROLLER_PORT, Integer.toString(settings.controllerPort()));
    }

    static DockerEngine connect() {
        try {
            return DockerEngine.connect();
        } catch (ImageBuildException e) {
            throw new ComposeException(e.getMessage(), e);
        }
    }

    private void removeLeftovers() {
        List<Container> left = containers.all();
        if (left.isEmpty()) {
            return;
        }
        progress.println("project " + settings.project() + ": removing what an earlier run left ("
                + left.stream().map(ProjectContainers::name).collect(Collectors.joining(", ")) + ")");
        project.down();
        containers.removeAll();
    }

    private void run() {
        boolean imageHere = docker.image(settings.image()).isPresent();
        if (!imageHere) {
            progress.println("image " + settings.image() + " is not here: "
                    + project.cli().name() + " pulls it");
        }
        progress.println("starting Kafka (" + settings.image() + ", project " + settings.project() + ") on "
                + settings.bootstrapServers() + ", controller on port " + settings.controllerPort() + " ...");
        long start = System.nanoTime();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        try {
            up(imageHere);
            String container = containers
                    .service(ComposeFiles.KAFKA_SERVICE)
                    .map(Container::getId)
                    .orElseThrow(() -> new ComposeException(project.cli().name() + " up reported success but"
                            + " project " + settings.project() + " has no Kafka container; run it with -v"));
            try {
                KafkaReadiness.await(containers, container, settings);
            } catch (ComposeException e) {
                throw new ComposeException(e.getMessage() + "\nthe last " + LOG_LINES + " lines of its log:\n"
                        + ComposeProject.indent(containers.lastLines(container, LOG_LINES)));
            }
        } catch (RuntimeException e) {
            closeAfterFailure(e);
            throw e;
        }
        progress.printf("Kafka answers at %s (after %.1f s)%n", settings.bootstrapServers(), seconds(start));
    }

    private void up(boolean imageHere) {
        try {
            project.up(List.of(ComposeFiles.KAFKA_SERVICE));
        } catch (ComposeException e) {
            if (imageHere) {
                throw e;
            }
            throw new ComposeException("image " + settings.image() + " is not here and could not be pulled; build"
                    + " one with ./jbang build_image.java --recipe kafka and give --kafka-image "
                    + ComposeFiles.BUILT_KAFKA_IMAGE + " (or set KAFKA_IMAGE)\n" + e.getMessage());
        }
    }

    private void closeAfterFailure(RuntimeException failure) {
        try {
            close();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private static double seconds(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos).toMillis() / 1000.0;
    }

    @Override
    public String bootstrapServers() {
        return settings.bootstrapServers();
    }

    @Override
    public String description() {
        return "compose";
    }

    /** The settings it was started with. */
    public ComposeSettings settings() {
        return settings;
    }

    @Override
    public void stopsAfter(CompletableFuture<?> clientEnded) {
        clients.add(clientEnded);
    }

    /**
     * Saves the broker's log to the settings' log file and removes the project's containers; does nothing the second
     * time.
     *
     * @throws ComposeException when the project could not be brought down
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            bringDown(project, containers, container -> isKafka(container) ? settings.logFile() : null);
        } finally {
            docker.close();
            ShutdownHooks.remove(shutdownHook);
        }
    }

    /** Leaves the broker running when this process ends ({@code compose.java up}); {@link #close()} does nothing. */
    synchronized void leaveRunning() {
        closed = true;
        docker.close();
        ShutdownHooks.remove(shutdownHook);
    }

    /**
     * Stops the project's containers (so that their logs are complete), saves the log of each container for which
     * {@code logFileOf} gives a file, runs {@code down} and removes by label whatever is left.
     *
     * @throws ComposeException when containers of the project remain
     */
    static void bringDown(ComposeProject project, ProjectContainers containers, Function<Container, Path> logFileOf) {
        RuntimeException failure = null;
        try {
            project.stop();
        } catch (RuntimeException e) {
            failure = e;
        }
        for (Container container : containers.all()) {
            Path log = logFileOf.apply(container);
            if (log != null) {
                containers.saveLog(container, log);
            }
        }
        try {
            project.down();
        } catch (RuntimeException e) {
            failure = failure == null ? e : failure;
        }
        containers.removeAll();
        if (!containers.all().isEmpty()) {
            throw failure != null
                    ? failure
                    : new ComposeException("project " + project.name() + " still has containers after down; remove"
                            + " them with docker rm -f");
        }
    }

    static boolean isKafka(Container container) {
        return ComposeFiles.KAFKA_SERVICE.equals(ProjectContainers.service(container));
    }

    @Override
    public String toString() {
        return "Kafka of compose project " + settings.project() + " at " + settings.bootstrapServers();
    }
}
