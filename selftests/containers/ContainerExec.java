package selftests.containers;

import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Frame;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lib.images.DockerEngine;

/** {@code docker exec} in a running container, as its own user. */
final class ContainerExec {
    private ContainerExec() {}

    /** Runs {@code command} to its end and returns its exit code. */
    static int run(String container, List<String> command) {
        try (DockerEngine docker = DockerEngine.connect()) {
            String exec = docker.client()
                    .execCreateCmd(container)
                    .withCmd(command.toArray(String[]::new))
                    .withAttachStdout(true)
                    .withAttachStderr(true)
                    .exec()
                    .getId();
            docker.client()
                    .execStartCmd(exec)
                    .exec(new ResultCallback.Adapter<Frame>())
                    .awaitCompletion(30, TimeUnit.SECONDS);
            return docker.client().inspectExecCmd(exec).exec().getExitCodeLong().intValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command + " in " + container, e);
        }
    }
}
