package lib.nexus;

import io.jhdf.HdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lib.waits.Waits;

/**
 * Opens an HDF5 file read-only once the writer has closed it: it may not exist yet, and a writer publishes its wrdn
 * before it finishes and closes the file (protocol.md §4.6), so until then datasets read as empty.
 */
final class FileOpener {
    /** The close follows the wrdn by tens of milliseconds; the superblock check is one small read. */
    private static final Duration POLL_INTERVAL = Duration.ofMillis(20);

    private FileOpener() {}

    static HdfFile openWithRetries(Path path, Duration deadline) {
        AtomicReference<String> lastProblem = new AtomicReference<>("not tried yet");
        return Waits.await("NeXus file " + path + " to be closed by its writer and open read-only")
                .atMost(deadline)
                .polling(POLL_INTERVAL)
                .lastSeen(
                        () -> "Last seen: " + lastProblem.get() + "; the folder holds: " + listFolder(path.getParent()))
                .untilPresent(() -> Optional.ofNullable(tryOpen(path, lastProblem)));
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
