package lib.images;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

/** Where a step's output lines go: the build's log file, the console with {@code -v}, and a tail for errors. */
final class StepOutput implements Consumer<String>, AutoCloseable {
    static final int TAIL_LINES = 20;

    private final Progress progress;
    private final BufferedWriter log;
    private final Path logFile;
    private final Deque<String> tail = new ArrayDeque<>();

    StepOutput(Progress progress, Path logFile) {
        this.progress = progress;
        this.logFile = logFile;
        try {
            Files.createDirectories(logFile.getParent());
            this.log = Files.newBufferedWriter(logFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the build log " + logFile, e);
        }
    }

    Path logFile() {
        return logFile;
    }

    /** Starts a step: its lines are collected afresh. */
    synchronized void startStep(String title) {
        tail.clear();
        write("=== " + title);
    }

    @Override
    public synchronized void accept(String line) {
        write(line);
        progress.output(line);
        tail.addLast(line);
        if (tail.size() > TAIL_LINES) {
            tail.removeFirst();
        }
    }

    /** The current step's last lines, indented. */
    synchronized String tail() {
        if (tail.isEmpty()) {
            return "  (no output)";
        }
        StringBuilder text = new StringBuilder();
        for (String line : tail) {
            text.append("  | ").append(line).append('\n');
        }
        return text.toString().stripTrailing();
    }

    private void write(String line) {
        try {
            log.write(line);
            log.newLine();
            log.flush();
        } catch (IOException e) {
            // the log is a convenience; the console and the tail still have the output
        }
    }

    @Override
    public synchronized void close() {
        try {
            log.close();
        } catch (IOException e) {
            // nothing to do
        }
    }
}
