package lib.nexus;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Opens an HDF5 file read-only once the writer has closed it: it may not exist yet, and a writer publishes its wrdn
 * before it finishes and closes the file (protocol.md §4.6), so until then datasets read as empty.
 */
final class FileOpener {
    /** The close follows the wrdn by tens of milliseconds; the superblock check is one small read. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private FileOpener() {}

    static HdfFile openWithRetries(Path path, Duration deadline) {
        AtomicReference<HdfFile> opened = new AtomicReference<>();
        AtomicReference<String> lastProblem = new AtomicReference<>("not tried yet");
        try {
            Awaitility.await("NeXus file " + path + " to be closed by its writer and open read-only")
                    .atMost(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL_INTERVAL)
                    .until(() -> {
                        HdfFile file = tryOpen(path, lastProblem);
                        opened.set(file);
                        return file != null;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("NeXus file " + path + " was not closed and readable within "
                    + deadline.toSeconds() + " s; last seen: " + lastProblem.get() + "; the folder holds: "
                    + listFolder(path.getParent()));
        }
        return opened.get();
    }

    private static HdfFile tryOpen(Path path, AtomicReference<String> lastProblem) {
        if (!Files.isRegularFile(path)) {
            lastProblem.set("the file does not exist");
            return null;
        }
        FileClosedness.Verdict closedness = FileClosedness.of(path);
        if (!closedness.closed()) {
            lastProblem.set(closedness.description());
            return null;
        }
        HdfFile file = null;
        try {
            file = new HdfFile(path);
            file.getChildren(); // forces reading the root group: a half-written file fails here
            return file;
        } catch (RuntimeException e) {
            if (file != null) {
                file.close();
            }
            lastProblem.set(e.getClass().getSimpleName() + ": " + e.getMessage());
            return null;
        }
    }

    private static String listFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            return "(folder " + folder + " does not exist)";
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.joining(", ", "[", "]"));
        } catch (java.io.IOException e) {
            return "(cannot list " + folder + ": " + e.getMessage() + ")";
        }
    }
}
