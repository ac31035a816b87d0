
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's running JVM, driven with {@code jcmd}: a full collection before each job (so every job starts from
 * the same retained heap, not from the garbage of the one before), a GC log switched on at run time, from which
 * the peak heap of a job is exact, and on request a flight recording. Between two collections the used heap only grows, so its peak is the largest
 * "before" size of the job's collections, or the heap used when the job ended.
 */
final class WriterJvm {
    // e.g. "[12.345s] GC(7) Pause Young (Normal) (G1 Evacuation Pause) 77M->29M(324M) 3.209ms"
    private static final Pattern COLLECTION = Pattern.compile("(\\d+)M->(\\d+)M\\(\\d+M\\)");

    private final long pid;
    private final Path gcLog;

    private WriterJvm(long pid, Path gcLog) {
        this.pid = pid;
        this.gcLog = gcLog;
    }

    /** Starts logging the JVM's collections to {@code gcLog} (created by the JVM). */
    static WriterJvm attach(long pid, Path gcLog) {
        jcmd(pid, "VM.log", "output=file=" + gcLog.toAbsolutePath(), "what=gc=info", "decorators=uptime");
        return new WriterJvm(pid, gcLog);
    }

    /** A full collection, awaited. */
    void collect() {
        jcmd(pid, "GC.run");
    }

    /** Starts a JFR recording of the writer; closing the handle (after the jobs, or on failure) writes {@code file}. */
    AutoCloseable startFlightRecording(Path file) {
        jcmd(pid, "JFR.start", "name=benchmark", "settings=profile", "filename=" + file);
        return () -> {
            jcmd(pid, "JFR.stop", "name=benchmark");
            System.out.println("writer's flight recording: " + file + " (e.g. jfr print --events"
                    + " jdk.ExecutionSample " + file.getFileName() + ")");
        };
    }

    /** Where the log ends now: the next job's collections are the lines after it. */
    long logPosition() {
        try {
            return Files.exists(gcLog) ? Files.size(gcLog) : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + gcLog, e);
        }
    }

    /** The collections logged after {@code from}: heap sizes before and after each, in MB. */
    Collections collectionsSince(long from) {
        try {
            String text = new String(Files.readAllBytes(gcLog), StandardCharsets.UTF_8);
            Collections found = new Collections();
            for (String line :
                    text.substring((int) Math.min(from, text.length())).split("\n")) {
                Matcher sizes = COLLECTION.matcher(line);
                if (line.contains("Pause") && sizes.find()) {
                    found.add(Integer.parseInt(sizes.group(1)), Integer.parseInt(sizes.group(2)));
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + gcLog, e);
        }
    }

    /** The pauses of one job. */
    static final class Collections {
        int count;
        int largestBeforeMb;
        int largestAfterMb;

        void add(int beforeMb, int afterMb) {
            count++;
            largestBeforeMb = Math.max(largestBeforeMb, beforeMb);
            largestAfterMb = Math.max(largestAfterMb, afterMb);
        }
    }

    private static void jcmd(long pid, String... command) {
        List<String> line = new ArrayList<>(List.of("jcmd", Long.toString(pid)));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", line) + " failed: " + output.trim());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run jcmd (a JDK's bin folder must be on PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", line), e);
        }
    }
}
