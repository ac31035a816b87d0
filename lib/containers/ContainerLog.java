package lib.containers;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * A container's stdout and stderr, followed into its writer log from the container's start on. Appends, so that
 * syslog lines filed into the same log by a sink are kept.
 */
final class ContainerLog extends ResultCallback.Adapter<Frame> {
    private final OutputStream log;

    private ContainerLog(OutputStream log) {
        this.log = log;
    }

    static ContainerLog follow(DockerClient client, String container, Path log) {
        ContainerLog callback;
        try {
            callback = new ContainerLog(new FileOutputStream(log.toFile(), true));
        } catch (IOException e) {
            throw new UncheckedIOException("could not open " + log, e);
        }
        return client.logContainerCmd(container)
                .withFollowStream(true)
                .withStdOut(true)
                .withStdErr(true)
                .exec(callback);
    }

    @Override
    public void onNext(Frame frame) {
        try {
            synchronized (log) {
                log.write(frame.getPayload());
                log.flush();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until everything the container printed is in the log (the stream ends when the container does). */
    void awaitEnd(Duration timeout) {
        try {
            awaitCompletion(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() throws IOException {
        try {
            super.close();
        } finally {
            synchronized (log) {
                log.close();
            }
        }
    }
}
