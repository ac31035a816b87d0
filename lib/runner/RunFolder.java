package lib.runner;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import lib.cli.UsageException;
import lib.kafka.FileTrees;

/**
 * One folder per run under {@code logs/}, named by the run's start time, with a {@code latest} link to it; only
 * the newest {@value #KEPT} run folders are kept (decisions A6).
 */
public final class RunFolder {
    static final int KEPT = 20;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss");
    private static final Pattern RUN_NAME = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d(-\\d+)?");

    private RunFolder() {}

    /** Creates a new run folder under {@code logs}, points {@code latest} at it and prunes old ones. */
    public static Path create(Path logs) {
        try {
            Files.createDirectories(logs);
            Path folder = createUnique(logs, NAME.format(LocalDateTime.now()));
            pointLatestAt(logs, folder);
            prune(logs, KEPT);
            return folder;
        } catch (IOException e) {
            throw new UsageException("cannot create a run folder in " + logs + ": " + whyNotWritable(logs, e)
                    + "; give --logs a folder you can write to");
        }
    }

    /** What stands in the way, in the user's words: a file where a folder should be, else the system's reason. */
    private static String whyNotWritable(Path logs, IOException e) {
        for (Path existing = logs; existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                if (!Files.isDirectory(existing)) {
                    return existing + " is a file, not a folder";
                }
                break;
            }
        }
        if (e instanceof AccessDeniedException denied) {
            return "no permission to write " + denied.getFile();
        }
        String reason = e instanceof FileSystemException fileSystem ? fileSystem.getReason() : null;
        return reason != null ? reason : e.getClass().getSimpleName() + " " + e.getMessage();
    }

    /** Replaces the {@code latest} link in one step, so runs starting together never see it missing. */
    private static void pointLatestAt(Path logs, Path folder) throws IOException {
        Path next = logs.resolve(".latest-" + folder.getFileName());
        Files.deleteIfExists(next);
        Files.createSymbolicLink(next, folder.getFileName());
        Files.move(next, logs.resolve("latest"), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path createUnique(Path logs, String name) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path candidate = logs.resolve(attempt == 1 ? name : name + "-" + attempt);
            try {
                return Files.createDirectory(candidate);
            } catch (FileAlreadyExistsException e) {
                // Two runs started in the same second: number the later one.
            }
        }
    }

    /** Deletes run folders beyond the newest {@code keep}; other files in {@code logs} are left alone. */
    static void prune(Path logs, int keep) throws IOException {
        List<Path> runs;
        try (Stream<Path> entries = Files.list(logs)) {
            runs = entries.filter(path ->
                            RUN_NAME.matcher(path.getFileName().toString()).matches())
                    .filter(path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))
                    .sorted(Comparator.comparing(RunFolder::sortKey).reversed())
                    .toList();
        }
        for (Path old : runs.subList(Math.min(keep, runs.size()), runs.size())) {
            FileTrees.delete(old);
        }
    }

    private static String sortKey(Path run) {
        String name = run.getFileName().toString();
        int dash = name.indexOf('-', 19);
        String stamp = dash < 0 ? name : name.substring(0, dash);
        int number = dash < 0 ? 1 : Integer.parseInt(name.substring(dash + 1));
        return stamp + String.format("%06d", number);
    }
}
