package lib.writers;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import lib.logs.LogTail;

/** One writer process, its stdout and stderr going to its own log file. */
public final class WriterProcess implements StartingWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final int index;
    private final int generation;
    private final Process process;
    private final Path log;

    private WriterProcess(int index, int generation, Process process, Path log) {
        this.index = index;
        this.generation = generation;
        this.process = process;
        this.log = log;
    }

    /** Starts the {@code generation}-th writer number {@code index} (1 at the run's start, more for replacements). */
    public static WriterProcess start(int index, int generation, List<String> command, Path workingFolder, Path log) {
        return start(index, generation, command, workingFolder, log, false);
    }

    /**
     * {@link #start}; with {@code argumentsOnStdin} its stdin is a pipe that {@link #release} writes the writer's
     * options to (the reference writer's start gate), else it reads from {@code /dev/null}.
     */
    static WriterProcess start(
            int index, int generation, List<String> command, Path workingFolder, Path log, boolean argumentsOnStdin) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workingFolder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(
                            argumentsOnStdin
                                    ? ProcessBuilder.Redirect.PIPE
                                    : ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            return new WriterProcess(index, generation, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("writer " + index + ": could not start " + command.get(0), e);
        }
    }

    /**
     * Hands a gated writer its options (one JSON array on one line): from here on it runs as the writer it was started
     * for. Its stdin stays open and unread.
     */
    void release(List<String> arguments) {
        try {
            OutputStream stdin = process.getOutputStream();
            stdin.write((JSON.writeValueAsString(arguments) + "\n").getBytes(StandardCharsets.UTF_8));
            stdin.flush();
        } catch (IOException e) {
            // It died already: the readiness wait reports how, with its log.
        }
    }

    @Override
    public int index() {
        return index;
    }

    int generation() {
        return generation;
    }

    @Override
    public String serviceName() {
        return WriterCommandLine.serviceName(index);
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public Path log() {
        return log;
    }

    @Override
    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public CompletableFuture<Void> onExit() {
        return process.onExit().thenApply(ended -> null);
    }

    /** Java reports a death by signal N as 128 + N, as the shell does. */
    @Override
    public ExitStatus exitStatus() {
        return new ExitStatus(process.exitValue());
    }

    Process process() {
        return process;
    }

    /** The last lines of this writer's log, for error messages. */
    @Override
    public String lastLogLines(int count) {
        return LogTail.lastLines(log, count);
    }

    @Override
    public String identity() {
        return "PID " + pid();
    }

    @Override
    public String toString() {
        return "writer " + index + " (" + identity() + ")";
    }
}
