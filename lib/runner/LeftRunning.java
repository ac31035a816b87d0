package lib.runner;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import lib.kafka.TempFolders;
import lib.waits.Waits;
import lib.writers.WriterSetup;

/**
 * What of a run is still there after its teardown, a fact checked rather than assumed: processes this JVM started
 * (broker, writers and their children), its temporary folders ({@link TempFolders}), syslog sockets it bound (the
 * containers' in the run folder, /dev/log when the run found none). Containers and compose projects are removed by
 * their own teardown, which names any it could not remove.
 */
final class LeftRunning {
    /** Writers get 10 s to act on SIGTERM before they are killed; the broker stops in a few. */
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final Path runFolder;
    private final boolean devLogBefore = Files.exists(WriterSetup.DEV_LOG);

    /** Notes what was there before the run, so that only what the run made counts. */
    LeftRunning(Path runFolder) {
        this.runFolder = runFolder;
    }

    /** "nothing left running", or "left running: PID 123 (java), temp folder /tmp/fwst-kafka-..."; waits a while. */
    String check() {
        try {
            Waits.await("the run's processes, temporary folders and sockets to be gone")
                    .atMost(DEADLINE)
                    .polling(Duration.ofMillis(50))
                    .lastSeen(() -> String.join(", ", left()))
                    .until(() -> left().isEmpty());
            return "nothing left running";
        } catch (AssertionError timedOut) {
            List<String> left = left();
            return left.isEmpty() ? "nothing left running" : "left running: " + String.join(", ", left);
        }
    }

    private List<String> left() {
        List<String> left = new ArrayList<>();
        ProcessHandle.current()
                .descendants()
                .filter(ProcessHandle::isAlive)
                .forEach(process -> left.add(
                        "PID " + process.pid() + " (" + process.info().command().orElse("?") + ")"));
        TempFolders.of(ProcessHandle.current().pid()).forEach(folder -> left.add("temp folder " + folder));
        if (!devLogBefore && Files.exists(WriterSetup.DEV_LOG)) {
            left.add("syslog socket " + WriterSetup.DEV_LOG);
        }
        try (DirectoryStream<Path> sockets = Files.newDirectoryStream(runFolder, "*.socket")) {
            sockets.forEach(socket -> left.add("syslog socket " + socket));
        } catch (IOException e) {
            // No run folder (yet): no sockets in it.
        }
        return left;
    }
}
