package lib.compose;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.LogContainerCmd;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.Network;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The containers and networks of one compose project, found by compose's labels (so any compose version's). */
final class ProjectContainers {
    private final DockerClient docker;
    private final String project;

    ProjectContainers(DockerClient docker, String project) {
        this.docker = docker;
        this.project = project;
    }

    /** Every container of the project, running or not, by service name. */
    List<Container> all() {
        return docker
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(List.of(ComposeFiles.PROJECT_LABEL + "=" + project))
                .exec()
                .stream()
                .sorted(Comparator.comparing(ProjectContainers::service))
                .toList();
    }

    Optional<Container> service(String service) {
        return all().stream().filter(c -> service.equals(service(c))).findFirst();
    }

    static String service(Container container) {
        return container.getLabels().getOrDefault(ComposeFiles.SERVICE_LABEL, "?");
    }

    static String name(Container container) {
        String[] names = container.getNames();
        return names == null || names.length == 0
                ? container.getId().substring(0, 12)
                : names[0].replaceFirst("^/", "");
    }

    /** The container's state, or empty when it is gone. */
    Optional<InspectContainerResponse.ContainerState> state(String containerId) {
        try {
            return Optional.ofNullable(
                    docker.inspectContainerCmd(containerId).exec().getState());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The last {@code count} lines the container printed (stdout and stderr). */
    String lastLines(String containerId, int count) {
        StringBuilder text = new StringBuilder();
        read(
                docker.logContainerCmd(containerId).withTail(count),
                payload -> text.append(new String(payload, StandardCharsets.UTF_8)));
        return text.toString().stripTrailing();
    }

    /** Appends everything the container printed to {@code file}, after a line naming the container. */
    void saveLog(Container container, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                String header = "=== log of container " + name(container) + " (" + container.getImage() + "), saved "
                        + Instant.now() + "\n";
                out.write(header.getBytes(StandardCharsets.UTF_8));
                read(docker.logContainerCmd(container.getId()), payload -> {
                    try {
                        out.write(payload);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + file, e);
        }
    }

    /** Removes whatever of the project is left: containers (running or not), then networks. */
    void removeAll() {
        for (Container container : all()) {
            try {
                docker.removeContainerCmd(container.getId())
                        .withForce(true)
                        .withRemoveVolumes(true)
                        .exec();
            } catch (NotFoundException e) {
                // gone already
            }
        }
        for (Network network : docker.listNetworksCmd()
                .withFilter("label", List.of(ComposeFiles.PROJECT_LABEL + "=" + project))
                .exec()) {
            try {
                docker.removeNetworkCmd(network.getId()).exec();
            } catch (NotFoundException e) {
                // gone already
            }
        }
    }

    private static void read(LogContainerCmd command, Consumer<byte[]> payloads) {
        try {
            command.withStdOut(true)
                    .withStdErr(true)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            payloads.accept(frame.getPayload());
                        }
                    })
                    .awaitCompletion(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (NotFoundException e) {
            // the container is gone: nothing to read
        }
    }
}
