package lib.containers;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.exception.DockerException;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.WaitResponse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import lib.images.DockerEngine;
import lib.logs.LogTail;
import lib.writers.ExitStatus;
import lib.writers.StartingWriter;
import lib.writers.SyslogSink;
import lib.writers.WriterCommandLine;

/** One writer container: its Docker id and name, its log (output and syslog lines) and its syslog sink. */
public final class WriterContainer implements StartingWriter {
    /** How long a container that ended may take to hand over the rest of its output. */
    private static final Duration LOG_DRAIN = Duration.ofSeconds(5);
    /** Docker's exit code of a container it killed after the stop timeout: 128 + SIGKILL. */
    private static final long KILLED = 137;

    private final DockerEngine docker;
    private final int index;
    private final int generation;
    private final String id;
    private final String name;
    private final Path log;
    private final SyslogSink syslog;
    private final CompletableFuture<Void> exited = new CompletableFuture<>();
    private ContainerLog output;

    WriterContainer(
            DockerEngine docker, int index, int generation, String id, String name, Path log, SyslogSink syslog) {
        this.docker = docker;
        this.index = index;
        this.generation = generation;
        this.id = id;
        this.name = name;
        this.log = log;
        this.syslog = syslog;
    }

    /** Starts the container, follows its output into its log and asks Docker to say when it ends. */
    void start() {
        try {
            docker.client().startContainerCmd(id).exec();
        } catch (DockerException e) {
            throw ContainerCreation.refused(name, "start", e);
        }
        output = ContainerLog.follow(docker.client(), id, log);
        docker.client().waitContainerCmd(id).exec(new ResultCallback.Adapter<WaitResponse>() {
            @Override
            public void onComplete() {
                exited.complete(null);
            }

            @Override
            public void onError(Throwable error) {
                // The daemon or the connection went away (as at the run's end): the container may run on.
                exited.completeExceptionally(error);
            }
        });
    }

    @Override
    public int index() {
        return index;
    }

    int generation() {
        return generation;
    }

    /** The container's name, {@code fwst-<run>-writer-<index>}. */
    public String name() {
        return name;
    }

    @Override
    public String serviceName() {
        return WriterCommandLine.serviceName(index);
    }

    @Override
    public Path log() {
        return log;
    }

    /** The writer's PID on the host (the container's first process), or empty when it does not run. */
    public Optional<Long> hostPid() {
        return state().map(InspectContainerResponse.ContainerState::getPidLong).filter(pid -> pid != null && pid > 0);
    }

    /** Running, as Docker sees it; once not, the log holds everything the container printed. */
    @Override
    public boolean isAlive() {
        boolean running =
                state().map(state -> Boolean.TRUE.equals(state.getRunning())).orElse(false);
        if (!running && output != null) {
            output.awaitEnd(LOG_DRAIN);
        }
        return running;
    }

    /** Completes when Docker says the container ended; exceptionally when it can no longer say. */
    @Override
    public CompletableFuture<Void> onExit() {
        return exited.copy();
    }

    /** Docker reports a container whose process a signal killed as 128 + N, as the shell does (137: SIGKILL). */
    @Override
    public ExitStatus exitStatus() {
        return new ExitStatus(exitCode().orElse(ExitStatus.UNKNOWN));
    }

    @Override
    public String lastLogLines(int count) {
        return LogTail.lastLines(log, count);
    }

    private Optional<Long> exitCode() {
        return state().map(InspectContainerResponse.ContainerState::getExitCodeLong);
    }

    private Optional<InspectContainerResponse.ContainerState> state() {
        try {
            return Optional.ofNullable(
                    docker.client().inspectContainerCmd(id).exec().getState());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Stops the container (SIGTERM, SIGKILL after {@code timeout}) and removes it, then closes its log and sink.
     *
     * @return a note when Docker had to kill it, else empty
     */
    Optional<String> stopAndRemove(Duration timeout) {
        Optional<String> note = Optional.empty();
        try {
            docker.client()
                    .stopContainerCmd(id)
                    .withTimeout((int) timeout.toSeconds())
                    .exec();
            if (exitCode().orElse(0L) == KILLED) {
                note = Optional.of(this + " ignored SIGTERM for " + timeout.toSeconds() + " s; Docker killed it");
            }
        } catch (NotModifiedException | NotFoundException e) {
            // not running, or gone
        }
        try {
            docker.removeContainer(id);
        } finally {
            closeLogs();
        }
        return note;
    }

    private void closeLogs() {
        if (output != null) {
            try {
                output.close();
            } catch (IOException e) {
                // the log file is complete as far as it got
            }
        }
        if (syslog != null) {
            syslog.close();
        }
    }

    @Override
    public String identity() {
        return "container " + name;
    }

    @Override
    public String toString() {
        return "writer " + index + " (" + identity() + ")";
    }
}
