package selftests.containers;

import com.github.dockerjava.api.model.Container;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import lib.images.DockerEngine;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import lib.wire.Profile;
import lib.writers.WriterSetup;

/**
 * One self-test's run: its own run id, topics, output and log folders. {@link ContainerRuns} removes whatever
 * containers of it are left when the test ends, so that a failing test leaves nothing either.
 */
final class TestRun implements AutoCloseable {
    static final String IMAGE = "fw-system-tests/reference-writer:latest";
    static final String RUN_LABEL = "fw-system-tests.run";

    private final String id = "selftest-" + System.nanoTime();
    private final Path folder;

    TestRun(Path folder) {
        this.folder = folder;
    }

    String id() {
        return id;
    }

    Path outputFolder() {
        return folder("output-files");
    }

    Path logFolder() {
        return folder("logs");
    }

    /** Writers of the current profile on fresh topics; syslog sockets only when asked for. */
    WriterSetup setup(Kafka kafka, int count, boolean syslog) {
        return setup(kafka, Profile.CURRENT, count, syslog);
    }

    WriterSetup setup(Kafka kafka, Profile profile, int count, boolean syslog) {
        String pool = "pool_" + System.nanoTime();
        String status = "status_" + System.nanoTime();
        Topics.create(kafka, List.of(pool, status));
        return new WriterSetup(
                profile,
                kafka.bootstrapServers(),
                pool,
                status,
                outputFolder(),
                logFolder(),
                count,
                false,
                syslog ? WriterSetup.DEV_LOG : null);
    }

    /** The names of this run's containers, running or not. */
    List<String> containers() {
        try (DockerEngine docker = DockerEngine.connect()) {
            return containersLabelled(docker, RUN_LABEL, id).stream()
                    .map(container -> container.getNames()[0].substring(1))
                    .toList();
        }
    }

    /** Removes this run's containers and folders. */
    @Override
    public void close() {
        try (DockerEngine docker = DockerEngine.connect()) {
            containersLabelled(docker, RUN_LABEL, id).forEach(container -> docker.removeContainer(container.getId()));
        } finally {
            deleteFolder();
        }
    }

    private void deleteFolder() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + folder, e);
        }
    }

    static List<Container> containersLabelled(DockerEngine docker, String label, String value) {
        return docker.client()
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(Map.of(label, value))
                .exec();
    }

    /** The state letter of a process in /proc/PID/stat: R, S, T (stopped), ... */
    static String processState(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            return Arrays.asList(stat.substring(stat.lastIndexOf(')') + 2).split(" "))
                    .get(0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder(String name) {
        try {
            return Files.createDirectories(folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
