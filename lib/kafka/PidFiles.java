package lib.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The processes a run started, recorded in its log folder while they run ({@code writers.pids}, {@code broker.pids}:
 * PID and start time per line), so the next run can stop those left behind by a run that was killed. Beside the
 * broker because the writers' package and the benchmarks use it too, and lib/kafka is what they all compile.
 */
public final class PidFiles {
    private static final String SUFFIX = ".pids";

    private PidFiles() {}

    /** Records {@code process} in {@code <kind>s.pids} of {@code logFolder}, e.g. kind "writer". */
    public static void record(Path logFolder, String kind, Process process) {
        String started = process.info().startInstant().map(Instant::toString).orElse("?");
        try {
            Files.writeString(
                    file(logFolder, kind),
                    process.pid() + " " + started + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record " + kind + " PIDs in " + logFolder, e);
        }
    }

    /** Called once the run's processes of {@code kind} are stopped: nothing of theirs is left to sweep. */
    public static void remove(Path logFolder, String kind) {
        try {
            Files.deleteIfExists(file(logFolder, kind));
        } catch (IOException e) {
            // The next run will find the file and see that these processes are gone.
        }
    }

    private static Path file(Path logFolder, String kind) {
        return logFolder.resolve(kind + "s" + SUFFIX);
    }

    /** The pid files in the run folders under {@code logs}. */
    public static List<Path> under(Path logs) throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(logs)) {
            return found;
        }
        // Not through the "latest" link: its folder is listed under its own name.
        try (DirectoryStream<Path> runs =
                Files.newDirectoryStream(logs, path -> Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS))) {
            for (Path run : runs) {
                try (DirectoryStream<Path> pidFiles = Files.newDirectoryStream(run, "*" + SUFFIX)) {
                    pidFiles.forEach(found::add);
                }
            }
        }
        return found;
    }

    /** What a pid file records: "writer" for writers.pids. */
    public static String kindOf(Path pids) {
        String name = pids.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length() - 1);
    }

    /** The processes {@code pids} records that still run: those with its PID and its start time. */
    public static List<ProcessHandle> stillRunning(Path pids) throws IOException {
        List<ProcessHandle> running = new ArrayList<>();
        for (String line : Files.readAllLines(pids, StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split(" ");
            if (fields.length != 2) {
                continue;
            }
            // The start time tells a leftover process from an unrelated one that reuses its PID.
            ProcessHandle.of(Long.parseLong(fields[0]))
                    .filter(ProcessHandle::isAlive)
                    .filter(process -> process.info()
                            .startInstant()
                            .map(Instant::toString)
                            .map(fields[1]::equals)
                            .orElse(false))
                    .ifPresent(running::add);
        }
        return running;
    }
}
