package lib.writers;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import lib.logs.LogTail;

/** One writer process, its stdout and stderr going to its own log file. */
public final class WriterProcess implements StartingWriter {
    private final int index;
    private final Process process;
    private final Path log;

    private WriterProcess(int index, Process process, Path log) {
        this.index = index;
        this.process = process;
        this.log = log;
    }

    static WriterProcess start(int index, List<String> command, Path workingFolder, Path log) {
        try {
            Process process = new ProcessBuilder(command)
                    .directory(workingFolder.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            return new WriterProcess(index, process, log);
        } catch (IOException e) {
            throw new UncheckedIOException("writer " + index + ": could not start " + command.get(0), e);
        }
    }

    public int index() {
        return index;
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

    /** Exit status; only valid once the process has ended. */
    int exitValue() {
        return process.exitValue();
    }

    @Override
    public String exitDescription() {
        return this + " exited with status " + exitValue();
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
    public String toString() {
        return "writer " + index + " (PID " + pid() + ")";
    }
}
