package lib.images;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.command.InspectImageResponse;
import com.github.dockerjava.api.exception.NotFoundException;
import com.github.dockerjava.api.exception.NotModifiedException;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.StreamType;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.httpclient5.ApacheDockerHttpClient;
import com.github.dockerjava.transport.DockerHttpClient;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * The few Docker operations the image build needs, over docker-java (httpclient5 transport). Commit and import go
 * through the transport directly: docker-java's commit cannot set an entry point, and it has no import.
 */
public final class DockerEngine implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final DockerHttpClient http;
    private final DockerClient client;

    private DockerEngine(DockerHttpClient http, DockerClient client) {
        this.http = http;
        this.client = client;
    }

    /**
     * Connects to the daemon {@code DOCKER_HOST} names (default: the local socket) and checks that it answers.
     *
     * @throws ImageBuildException naming how to start one when none answers
     */
    public static DockerEngine connect() {
        DockerClientConfig config =
                DefaultDockerClientConfig.createDefaultConfigBuilder().build();
        DockerHttpClient http = new ApacheDockerHttpClient.Builder()
                .dockerHost(config.getDockerHost())
                .sslConfig(config.getSSLConfig())
                .maxConnections(16)
                .connectionTimeout(Duration.ofSeconds(5))
                .build();
        DockerEngine engine = new DockerEngine(http, DockerClientImpl.getInstance(config, http));
        try {
            engine.client.pingCmd().exec();
        } catch (RuntimeException e) {
            engine.close();
            throw ImageBuildException.failure("no Docker daemon answers at " + config.getDockerHost() + " ("
                    + rootCause(e) + "); start one (as root: dockerd --bridge=none --iptables=false"
                    + " --ip-forward=false &, or systemctl start docker) or set DOCKER_HOST");
        }
        return engine;
    }

    /** Why no daemon can be used (the message {@link #connect()} would fail with), or empty when one answers. */
    public static Optional<String> problem() {
        try (DockerEngine engine = connect()) {
            return Optional.empty();
        } catch (ImageBuildException e) {
            return Optional.of(e.getMessage());
        }
    }

    /** The docker-java client, for callers that need more than this class offers (writer containers, self-tests). */
    public DockerClient client() {
        return client;
    }

    /** The image {@code name} (a name or an id), if it is there. */
    public Optional<ImageFacts> image(String name) {
        try {
            InspectImageResponse image = client.inspectImageCmd(name).exec();
            Map<String, String> labels =
                    image.getConfig() == null ? Map.of() : image.getConfig().getLabels();
            return Optional.of(new ImageFacts(
                    image.getId(), image.getSize() == null ? 0 : image.getSize(), labels == null ? Map.of() : labels));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /** The container {@code name}, if it is there. */
    public Optional<ContainerFacts> container(String name) {
        try {
            InspectContainerResponse container =
                    client.inspectContainerCmd(name).exec();
            Map<String, String> labels = container.getConfig().getLabels();
            Map<String, String> known = labels == null ? Map.of() : labels;
            boolean running = container.getState() != null
                    && Boolean.TRUE.equals(container.getState().getRunning());
            return Optional.of(new ContainerFacts(
                    container.getId(),
                    name,
                    container.getImageId(),
                    known.getOrDefault(Labels.RECIPE, ""),
                    running,
                    known.getOrDefault(Labels.ROLE, "")));
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    /**
     * Creates a container from {@code image} that only sleeps, on the host's network (no bridge here, decisions C3),
     * with an init process so that it stops at once, and a UTF-8 locale (Java 17 reads sources and writes file names
     * in the locale's encoding; the committed image keeps it).
     */
    String createIdleContainer(String name, String image, Map<String, String> labels) {
        return client.createContainerCmd(image)
                .withName(name)
                .withLabels(labels)
                .withEnv("LANG=C.UTF-8")
                .withEntrypoint("sleep")
                .withCmd("infinity")
                .withHostConfig(
                        HostConfig.newHostConfig().withNetworkMode("host").withInit(true))
                .exec()
                .getId();
    }

    void start(String container) {
        try {
            client.startContainerCmd(container).exec();
        } catch (NotModifiedException e) {
            // already running
        }
    }

    void stop(String container) {
        try {
            client.stopContainerCmd(container).withTimeout(5).exec();
        } catch (NotModifiedException | NotFoundException e) {
            // already stopped, or gone
        }
    }

    /** Removes a container, running or not; nothing when it is gone. */
    public void removeContainer(String container) {
        try {
            client.removeContainerCmd(container)
                    .withForce(true)
                    .withRemoveVolumes(true)
                    .exec();
        } catch (NotFoundException e) {
            // gone already
        }
    }

    /** Removes an image; false when Docker refuses (for example because a container uses it). */
    public boolean removeImage(String image) {
        try {
            client.removeImageCmd(image).withNoPrune(false).exec();
            return true;
        } catch (NotFoundException e) {
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * Runs {@code command} in a running container and hands each output line (stdout and stderr) to {@code lines}.
     *
     * @return its exit code
     */
    int exec(String container, List<String> command, String workdir, List<String> environment, Consumer<String> lines) {
        String exec = client.execCreateCmd(container)
                .withCmd(command.toArray(String[]::new))
                .withWorkingDir(workdir)
                .withEnv(environment)
                .withUser("root")
                .withAttachStdout(true)
                .withAttachStderr(true)
                .exec()
                .getId();
        LineSplitter out = new LineSplitter(lines);
        LineSplitter err = new LineSplitter(lines);
        try {
            client.execStartCmd(exec)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            (frame.getStreamType() == StreamType.STDERR ? err : out).accept(frame.getPayload());
                        }
                    })
                    .awaitCompletion();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ImageBuildException.failure("interrupted while running " + String.join(" ", command));
        }
        out.flush();
        err.flush();
        Long exitCode = client.inspectExecCmd(exec).exec().getExitCodeLong();
        return exitCode == null ? -1 : exitCode.intValue();
    }

    /** Extracts a tar file into {@code folder} of the container (which must exist). */
    void copyTar(String container, Path tar, String folder) {
        try (InputStream in = Files.newInputStream(tar)) {
            client.copyArchiveToContainerCmd(container)
                    .withRemotePath(folder)
                    .withTarInputStream(in)
                    .exec();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + tar, e);
        }
    }

    /** Writes one file into {@code folder} of the container (which must exist). */
    void writeFile(String container, String folder, String name, byte[] content) {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try {
            TarArchive.writeSingleFile(tar, name, content, 0644);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        client.copyArchiveToContainerCmd(container)
                .withRemotePath(folder)
                .withTarInputStream(new java.io.ByteArrayInputStream(tar.toByteArray()))
                .exec();
    }

    /** Copies files (by their file names) into {@code folder} of the container (which must exist). */
    void copyFlat(String container, String folder, List<Path> files) {
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        try {
            TarArchive.writeFlat(tar, files);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + files, e);
        }
        client.copyArchiveToContainerCmd(container)
                .withRemotePath(folder)
                .withTarInputStream(new java.io.ByteArrayInputStream(tar.toByteArray()))
                .exec();
    }

    /** The content of a file in a container (running or not), if it is there. */
    Optional<byte[]> readFile(String container, String path) {
        try (InputStream in =
                        client.copyArchiveFromContainerCmd(container, path).exec();
                TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                if (entry.isFile()) {
                    return Optional.of(tar.readAllBytes());
                }
            }
            return Optional.empty();
        } catch (NotFoundException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + " from container " + container, e);
        }
    }

    /**
     * Commits a container to {@code image} ({@code NAME:TAG}) with an entry point, no command (so the container's
     * arguments go to the entry point), a working folder and labels.
     *
     * @return the new image's id
     */
    String commit(String container, String image, List<String> entrypoint, String workdir, Map<String, String> labels) {
        ImageName name = ImageName.parse(image);
        ObjectNode config = JSON.createObjectNode();
        config.putPOJO("Entrypoint", entrypoint);
        config.putNull("Cmd");
        config.put("WorkingDir", workdir);
        config.putPOJO("Labels", labels);
        String query = "container=" + encode(container) + "&repo=" + encode(name.repository()) + "&tag="
                + encode(name.tag()) + "&comment=" + encode("fw-system-tests build_image.java");
        JsonNode answer =
                post("/commit?" + query, "application/json", config.toString().getBytes(StandardCharsets.UTF_8));
        return answer.path("Id").asText();
    }

    /** Imports a root file system (a tar stream) as {@code image}, labelled as this project's base image. */
    void importImage(InputStream rootfs, String image) {
        ImageName name = ImageName.parse(image);
        String query = "fromSrc=-&repo=" + encode(name.repository()) + "&tag=" + encode(name.tag()) + "&changes="
                + encode("LABEL " + Labels.PROJECT + "=true " + Labels.ROLE + "=" + Labels.BASE_IMAGE);
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST)
                .path("/images/create?" + query)
                .putHeader("Content-Type", "application/x-tar")
                .body(rootfs)
                .build();
        try (DockerHttpClient.Response response = http.execute(request)) {
            String body = new String(response.getBody().readAllBytes(), StandardCharsets.UTF_8);
            if (response.getStatusCode() / 100 != 2 || body.contains("\"error")) {
                throw ImageBuildException.failure(
                        "docker import of " + image + " failed (" + response.getStatusCode() + "): " + body.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("docker import of " + image + " failed", e);
        }
    }

    private JsonNode post(String path, String contentType, byte[] body) {
        DockerHttpClient.Request request = DockerHttpClient.Request.builder()
                .method(DockerHttpClient.Request.Method.POST)
                .path(path)
                .putHeader("Content-Type", contentType)
                .bodyBytes(body)
                .build();
        try (DockerHttpClient.Response response = http.execute(request)) {
            byte[] answer = response.getBody().readAllBytes();
            JsonNode json = answer.length == 0 ? JSON.createObjectNode() : JSON.readTree(answer);
            if (response.getStatusCode() / 100 != 2) {
                throw ImageBuildException.failure("Docker answered " + response.getStatusCode() + " to POST "
                        + path.substring(0, path.indexOf('?')) + ": "
                        + json.path("message").asText(json.toString()));
            }
            return json;
        } catch (IOException e) {
            throw new UncheckedIOException("POST " + path + " failed", e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (IOException e) {
            // closing a connection pool: nothing to do about it
        }
    }
}
