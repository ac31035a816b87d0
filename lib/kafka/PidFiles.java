package lib.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The processes a run started, recorded in its log folder while they run ({@code writers.pids}, {@code brokers.pids}),
 * so the next run can stop those left behind by a run that was killed. Each line names the process and the runner
 * that started it, each by PID and start time: "PID START RUNNER-PID RUNNER-START". A run whose runner is still alive
 * is in progress (two runs may share a logs folder; the fuzzer and the soak start brokers and writers too), and
 * its processes are its own to stop. Beside the broker because the writers' package and the benchmarks use it too,
 * and lib/kafka is what they all compile.
 */
public final class PidFiles {
    private static final String SUFFIX = ".pids";
    /** Run folders are logs/RUN or, for the fuzzer and the soak, logs/KIND/RUN. */
    private static final int DEPTH = 3;

    private PidFiles() {}

    /** Records {@code process}, started by this JVM, in {@code <kind>s.pids} of {@code logFolder} (kind "writer"). */
    public static void record(Path logFolder, String kind, Process process) {
        record(logFolder, kind, process.toHandle(), ProcessIdentity.current());
    }

    /** Records {@code process} as started by {@code runner}; nothing when it has ended already. */
    public static void record(Path logFolder, String kind, ProcessHandle process, ProcessIdentity runner) {
        Optional<ProcessIdentity> identity = ProcessIdentity.of(process);
        if (identity.isEmpty()) {
            return; // ended already: nothing of it to stop
        }
        try {
            Files.writeString(
                    file(logFolder, kind),
                    identity.get() + " " + runner + "\n",
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

    /** The pid files in the run folders under {@code logs} (not through the "latest" links: walks follow none). */
    public static List<Path> under(Path logs) throws IOException {
        if (!Files.isDirectory(logs)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(logs, DEPTH)) {
            return files.filter(path -> path.getFileName().toString().endsWith(SUFFIX))
                    .filter(Files::isRegularFile)
                    .toList();
        } catch (UncheckedIOException e) {
            throw e.getCause(); // a folder went away while listed (another run pruned it)
        }
    }

    /** What a pid file records: "writer" for writers.pids. */
    public static String kindOf(Path pids) {
        String name = pids.getFileName().toString();
        return name.substring(0, name.length() - SUFFIX.length() - 1);
    }

    /** Whether a runner that recorded processes in {@code pids} is still alive: its run is still in progress. */
    public static boolean runnerAlive(Path pids) throws IOException {
        for (String[] fields : lines(pids)) {
            if (fields.length == 4
                    && ProcessIdentity.parse(fields[2], fields[3])
                            .flatMap(ProcessIdentity::running)
                            .isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The processes {@code pids} records that still run: those with its PID and its start time. */
    public static List<ProcessHandle> stillRunning(Path pids) throws IOException {
        List<ProcessHandle> running = new ArrayList<>();
        for (String[] fields : lines(pids)) {
            if (fields.length >= 2) {
                ProcessIdentity.parse(fields[0], fields[1])
                        .flatMap(ProcessIdentity::running)
                        .ifPresent(running::add);
            }
        }
        return running;
    }

    private static List<String[]> lines(Path pids) throws IOException {
        try {
            return Files.readAllLines(pids, StandardCharsets.UTF_8).stream()
                    .map(line -> line.trim().split(" "))
                    .toList();
        } catch (NoSuchFileException e) {
            return List.of(); // its run removed it meanwhile: nothing of it is left
        }
    }
}
