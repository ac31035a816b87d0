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

/** Opens an HDF5 file read-only, retrying while the writer has not yet created or finished it. */
final class FileOpener {
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private FileOpener() {}

    static HdfFile openWithRetries(Path path, Duration deadline) {
        AtomicReference<HdfFile> opened = new AtomicReference<>();
        AtomicReference<String> lastProblem = new AtomicReference<>("not tried yet");
        try {
            Awaitility.await("NeXus file " + path + " to open read-only")
                    .atMost(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(POLL_INTERVAL)
                    .until(() -> {
                        HdfFile file = tryOpen(path, lastProblem);
                        opened.set(file);
                        return file != null;
                    });
        } catch (ConditionTimeoutException e) {
            throw new AssertionError("NeXus file " + path + " did not open read-only within " + deadline.toSeconds()
                    + " s; last problem: " + lastProblem.get() + "; the folder holds: " + listFolder(path.getParent()));
        }
        return opened.get();
    }

    private static HdfFile tryOpen(Path path, AtomicReference<String> lastProblem) {
        if (!Files.isRegularFile(path)) {
            lastProblem.set("the file does not exist");
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
