package lib.writers;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The writers a run started, recorded in its log folder while they run ({@code writers.pids}: PID and start
 * time per line), so the next run can stop writers left behind by a run that was killed.
 */
public final class WriterPidFile {
    static final String NAME = "writers.pids";

    private WriterPidFile() {}

    static void record(Path logFolder, Process process) {
        String started = process.info().startInstant().map(Instant::toString).orElse("?");
        try {
            Files.writeString(
                    logFolder.resolve(NAME),
                    process.pid() + " " + started + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record writer PIDs in " + logFolder, e);
        }
    }

    /** Called once the run's writers are stopped: nothing of this run is left to sweep. */
    static void remove(Path logFolder) {
        try {
            Files.deleteIfExists(logFolder.resolve(NAME));
        } catch (IOException e) {
            // The next run will find the file and see that these processes are gone.
        }
    }

    /** Stops writers still running from earlier runs under {@code logs} and says so on {@code out}. */
    public static void sweepLeftovers(Path logs, PrintStream out) {
        if (!Files.isDirectory(logs)) {
            return;
        }
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(logs, Files::isDirectory)) {
            for (Path run : runs) {
                Path pids = run.resolve(NAME);
                if (Files.isRegularFile(pids)) {
                    sweep(pids, out);
                    Files.deleteIfExists(pids);
                }
            }
        } catch (IOException e) {
            out.println("could not look for leftover writers in " + logs + ": " + e.getMessage());
        }
    }

    private static void sweep(Path pids, PrintStream out) throws IOException {
        for (String line : Files.readAllLines(pids, StandardCharsets.UTF_8)) {
            String[] fields = line.trim().split(" ");
            if (fields.length != 2) {
                continue;
            }
            Optional<ProcessHandle> process = ProcessHandle.of(Long.parseLong(fields[0]));
            // The start time tells a leftover writer from an unrelated process that reuses its PID.
            boolean same = process.flatMap(p -> p.info().startInstant())
                    .map(Instant::toString)
                    .map(fields[1]::equals)
                    .orElse(false);
            if (same && process.get().isAlive()) {
                out.println("stopping writer PID " + fields[0] + " left running by the run in " + pids.getParent());
                stop(process.get());
            }
        }
    }

    private static void stop(ProcessHandle process) {
        List<ProcessHandle> tree = process.descendants().toList();
        Signals.resumeQuietly(process.pid());
        process.destroy();
        tree.forEach(ProcessHandle::destroy);
        try {
            process.onExit().get(10, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
