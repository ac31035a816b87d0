package lib.containers;

import java.io.InputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import lib.images.DockerEngine;
import lib.kafka.Kafka;
import lib.writers.RunningWriters;
import lib.writers.Signals;
import lib.writers.WriterReadiness;
import lib.writers.WriterSetup;
import lib.writers.WriterStartException;

/**
 * The run's writers as Docker containers ({@code --image}): N containers of the image, started together, awaited
 * until ready, one that died replaced on request, and stopped and removed by {@link #close()} or on Ctrl-C, so none
 * of the run is left behind.
 */
public final class WriterContainers implements RunningWriters {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    private final DockerEngine docker;
    private final WriterImage image;
    private final Kafka kafka;
    private final WriterSetup setup;
    private final String runId;
    private final PrintStream progress;
    /** The current containers, writer i at i - 1; a dead one is removed when it is replaced. */
    private final List<WriterContainer> containers = new ArrayList<>();

    private final Thread shutdownHook = new Thread(this::close, "writer-containers-stop");
    /** Completes once every container is stopped: on the JVM's way out the broker waits for it. */
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private volatile boolean closed;
    private boolean stoppedForDebugger;

    private WriterContainers(
            DockerEngine docker,
            WriterImage image,
            Kafka kafka,
            WriterSetup setup,
            String runId,
            PrintStream progress) {
        this.docker = docker;
        this.image = image;
        this.kafka = kafka;
        this.setup = setup;
        this.runId = runId;
        this.progress = progress;
    }

    /**
     * Fails, in one line naming the fix, when no Docker daemon answers or it lacks {@code image}; asked before the
     * run starts anything.
     */
    public static void requireImage(String image) {
        try (DockerEngine docker = DockerDaemon.connect("--image " + image)) {
            WriterImage.find(docker, image);
        }
    }

    /**
     * Starts {@code setup.count()} containers of {@code image} for run {@code runId} and returns once all are ready;
     * on failure none is left.
     *
     * @throws lib.writers.WriterStartException in one line naming the fix (no daemon, no image) or the container
     *     that exited, with its last log lines
     */
    public static WriterContainers start(
            String image, Kafka kafka, WriterSetup setup, String runId, PrintStream progress) {
        DockerEngine docker = DockerDaemon.connect();
        WriterImage writerImage;
        try {
            writerImage = WriterImage.find(docker, image);
        } catch (RuntimeException e) {
            docker.close();
            throw e;
        }
        WriterContainers pool = new WriterContainers(docker, writerImage, kafka, setup, runId, progress);
        Runtime.getRuntime().addShutdownHook(pool.shutdownHook);
        kafka.stopsAfter(pool.ended);
        if (setup.syslogSocket() != null) {
            progress.println("writers: each container's /dev/log is a socket in " + setup.logFolder()
                    + "; kafka-to-nexus's syslog lines go into writer-<i>.log");
        }
        try (WriterReadiness readiness = new WriterReadiness(kafka, setup)) {
            for (int index = 1; index <= setup.count(); index++) {
                WriterContainer container =
                        ContainerCreation.create(docker, writerImage, setup, index, 1, runId, progress);
                pool.add(container);
                container.start();
            }
            if (setup.waitForDebugger()) {
                pool.waitForDebugger(System.in);
            }
            readiness.await(pool.containers, READY_TIMEOUT);
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Keeps {@code container} for {@link #close()} in its writer's place; one created after a Ctrl-C is removed. */
    private synchronized void add(WriterContainer container) {
        if (closed) {
            stopAndRemove(container);
            throw new WriterStartException("the run is ending: " + container + " removed again");
        }
        if (container.index() <= containers.size()) {
            containers.set(container.index() - 1, container);
        } else {
            containers.add(container);
        }
    }

    public synchronized List<WriterContainer> containers() {
        return List.copyOf(containers);
    }

    @Override
    public List<WriterContainer> writers() {
        return containers();
    }

    /**
     * Removes the dead container of writer {@code index} (its log stays) and starts a fresh one under the same name
     * and service name, logging to the next {@code writer-<i>.<n>.log}; no debugger pause.
     */
    @Override
    public WriterContainer replace(int index) {
        WriterContainer dead = containers().get(index - 1);
        stopAndRemove(dead);
        try (WriterReadiness readiness = new WriterReadiness(kafka, setup)) {
            readiness.dropMembersOfDeadWriters((int) containers().stream()
                    .filter(container -> container != dead && container.isAlive())
                    .count());
            WriterContainer fresh =
                    ContainerCreation.create(docker, image, setup, index, dead.generation() + 1, runId, progress);
            add(fresh);
            try {
                fresh.start();
                readiness.awaitReplacement(fresh, containers(), READY_TIMEOUT);
            } catch (RuntimeException e) {
                stopAndRemove(fresh);
                throw e;
            }
            return fresh;
        }
    }

    @Override
    public boolean closing() {
        return closed;
    }

    /**
     * Stops each container's writer in turn, prints its name and host PID and how to attach a debugger, and lets
     * it run on when a line (Enter) arrives on {@code console}, or at once when {@code console} has ended.
     */
    public void waitForDebugger(InputStream console) {
        stoppedForDebugger = true;
        DebuggerPause.pause(containers(), console, progress);
    }

    /** Stops and removes every container of the run; safe to call again, and from the shutdown hook. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stoppedForDebugger) {
            // A stopped process would not act on SIGTERM.
            containers.forEach(container -> container.hostPid().ifPresent(Signals::resumeQuietly));
        }
        // Together, each on its own thread: each may take the whole stop timeout.
        List<Thread> stops = containers.stream()
                .map(container -> new Thread(() -> stopAndRemove(container), "stop-" + container.name()))
                .toList();
        stops.forEach(Thread::start);
        stops.forEach(WriterContainers::join);
        ended.complete(null);
        docker.close();
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook finds this pool closed.
            }
        }
    }

    /** Waits for {@code thread} even when interrupted: leaving before the removals end could leave containers. */
    private static void join(Thread thread) {
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void stopAndRemove(WriterContainer container) {
        try {
            Optional<String> note = container.stopAndRemove(STOP_TIMEOUT);
            note.ifPresent(progress::println);
        } catch (RuntimeException e) {
            progress.println("could not remove " + container + " (" + e.getMessage() + "); remove it with docker rm -f "
                    + container.name());
        }
    }
}
