package lib.writers;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lib.kafka.PidFiles;
import lib.kafka.ShutdownHooks;

/**
 * Writer processes of a gated program ({@link WriterProgram#argumentsOnStdin()}) started as the run begins, before
 * its broker is up: their JVMs start and warm up meanwhile, and {@link WriterProcesses} hands each its options once
 * the broker and topics are there. Those never taken are stopped by {@link #close()} (or on Ctrl-C); were the run
 * killed, they exit on their own when their stdin closes.
 */
public final class PrestartedWriters implements AutoCloseable {
    private static final long STOP_SECONDS = 5;

    private final Map<Integer, WriterProcess> waiting = new HashMap<>();
    private final Thread shutdownHook = new Thread(this::close, "prestarted-writers-stop");

    private PrestartedWriters() {}

    /** Starts writers 1 to {@code count} of {@code program} (their logs {@code writer-<i>.log} in logFolder). */
    public static PrestartedWriters start(WriterProgram program, Path logFolder, int count) {
        PrestartedWriters writers = new PrestartedWriters();
        if (!program.argumentsOnStdin()) {
            return writers;
        }
        Runtime.getRuntime().addShutdownHook(writers.shutdownHook);
        for (int index = 1; index <= count; index++) {
            WriterProcess writer = WriterProcess.start(
                    index,
                    1,
                    program.processCommand(index, 1),
                    program.workingFolder(),
                    WriterSetup.writerLog(logFolder, index, 1),
                    true);
            PidFiles.record(logFolder, "writer", writer.process());
            writers.waiting.put(index, writer);
        }
        return writers;
    }

    /** None: every writer is started when the broker is up. */
    public static PrestartedWriters none() {
        return new PrestartedWriters();
    }

    /** Writer {@code index}, waiting for its options, or null when none was prestarted (or it was taken). */
    synchronized WriterProcess take(int index) {
        return waiting.remove(index);
    }

    @Override
    public synchronized void close() {
        // A writer still at its gate has opened nothing: killing it loses nothing.
        waiting.values().forEach(writer -> writer.process().destroyForcibly());
        for (WriterProcess writer : waiting.values()) {
            try {
                writer.process().waitFor(STOP_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        waiting.clear();
        ShutdownHooks.remove(shutdownHook);
    }
}
