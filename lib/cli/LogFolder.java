package lib.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --logs} option of every script that leaves logs: the folder they go to, logs/ by default. */
public final class LogFolder {
    @Option(
            names = "--logs",
            paramLabel = "DIR",
            description = "Folder for logs and run folders (default: logs/ in the repository).")
    Path logs;

    /** The folder as an absolute path: the option's, or {@code logs/} in {@code repo}. */
    public Path in(Path repo) {
        return logs != null ? logs.toAbsolutePath().normalize() : repo.resolve("logs");
    }
}
