package lib.writers;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import lib.kafka.Kafka;
import lib.kafka.PidFiles;

/**
 * The run's writers as N processes of one {@link WriterProgram} (the reference writer or a local kafka-to-nexus
 * build), started together, awaited until ready, one that died replaced on request, and stopped (SIGTERM, then
 * SIGKILL after a deadline) by {@link #close()} or on Ctrl-C.
 */
public final class WriterProcesses implements RunningWriters {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);

    /** The current writers, writer i at i - 1. */
    private final List<WriterProcess> writers = new ArrayList<>();
    /** Every process started, the replaced ones too: close() makes sure none is left. */
    private final List<WriterProcess> started = new ArrayList<>();

    private final Thread shutdownHook = new Thread(this::close, "writer-pool-stop");
    /** Completes once every writer is stopped: on the JVM's way out the broker waits for it. */
    private final CompletableFuture<Void> ended = new CompletableFuture<>();

    private final Kafka kafka;
    private final WriterSetup setup;
    private final WriterProgram program;
    private final PrintStream out;
    private final Path logFolder;
    private volatile boolean closed;
    private boolean stoppedForDebugger;
    private SyslogSink syslog;
    private final PrestartedWriters prestarted;

    private WriterProcesses(
            Kafka kafka, WriterSetup setup, WriterProgram program, PrintStream out, PrestartedWriters prestarted) {
        this.prestarted = prestarted;
        this.kafka = kafka;
        this.setup = setup;
        this.program = program;
        this.out = out;
        this.logFolder = setup.logFolder();
    }

    /** Starts {@code setup.count()} writers and returns once all are ready; on failure none is left running. */
    public static WriterProcesses start(Kafka kafka, WriterSetup setup, WriterProgram program, PrintStream out) {
        return start(kafka, setup, program, out, PrestartedWriters.none());
    }

    /** {@link #start}, taking the writers {@code prestarted} holds instead of starting them anew. */
    public static WriterProcesses start(
            Kafka kafka, WriterSetup setup, WriterProgram program, PrintStream out, PrestartedWriters prestarted) {
        WriterProcesses pool = new WriterProcesses(kafka, setup, program, out, prestarted);
        Runtime.getRuntime().addShutdownHook(pool.shutdownHook);
        kafka.stopsAfter(pool.ended);
        if (program.logsToSyslog() && setup.syslogSocket() != null) {
            pool.syslog = WriterSyslog.prepare(setup.syslogSocket(), setup.logFolder(), out);
        }
        try (WriterReadiness readiness = new WriterReadiness(kafka, setup)) {
            for (int index = 1; index <= setup.count(); index++) {
                pool.writers.add(pool.launch(index, 1));
            }
            if (setup.waitForDebugger()) {
                pool.waitForDebugger();
            }
            readiness.await(pool.writers, READY_TIMEOUT);
            return pool;
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** {@link #start}, with the progress lines a run prints before and after (what starts, how long it took). */
    public static WriterProcesses startAndReport(
            Kafka kafka, WriterSetup setup, WriterProgram program, String kind, Consumer<String> say) {
        return startAndReport(kafka, setup, program, kind, say, PrestartedWriters.none());
    }

    /** {@link #startAndReport}, taking the writers {@code prestarted} holds. */
    public static WriterProcesses startAndReport(
            Kafka kafka,
            WriterSetup setup,
            WriterProgram program,
            String kind,
            Consumer<String> say,
            PrestartedWriters prestarted) {
        long start = System.nanoTime();
        say.accept("writers: starting " + setup.count() + " x " + kind + " (profile " + setup.profile() + ")");
        WriterProcesses writers = start(kafka, setup, program, System.out, prestarted);
        say.accept(String.format(
                "writers: %d ready in %.1f s (%s)",
                setup.count(),
                (System.nanoTime() - start) / 1e9,
                writers.writers().stream().map(WriterProcess::toString).collect(Collectors.joining(", "))));
        return writers;
    }

    private synchronized WriterProcess launch(int index, int generation) {
        if (closed) {
            throw new WriterStartException("the run is ending: writer " + index + " is not started");
        }
        Path log = setup.writerLog(index, generation);
        WriterProcess writer = generation == 1 ? prestarted.take(index) : null;
        if (writer == null) {
            writer = WriterProcess.start(
                    index,
                    generation,
                    program.commandFor(setup, index, generation),
                    program.workingFolder(),
                    log,
                    program.argumentsOnStdin());
            PidFiles.record(logFolder, "writer", writer.process());
        }
        started.add(writer);
        if (program.argumentsOnStdin()) {
            writer.release(program.argumentsFor(setup, index));
        }
        if (syslog != null) {
            syslog.fileLinesOf(writer.pid(), log);
        }
        return writer;
    }

    @Override
    public synchronized List<WriterProcess> writers() {
        return List.copyOf(writers);
    }

    /** Starts the next process of writer {@code index} in the place of the one that ended (no debugger pause). */
    @Override
    public WriterProcess replace(int index) {
        WriterProcess fresh;
        List<WriterProcess> current;
        try (WriterReadiness readiness = new WriterReadiness(kafka, setup)) {
            synchronized (this) {
                readiness.dropMembersOfDeadWriters(
                        (int) writers.stream().filter(WriterProcess::isAlive).count());
                fresh = launch(index, writers.get(index - 1).generation() + 1);
                writers.set(index - 1, fresh);
                current = List.copyOf(writers);
            }
            try {
                readiness.awaitReplacement(fresh, current, READY_TIMEOUT);
            } catch (RuntimeException e) {
                stop(List.of(fresh));
                throw e;
            }
        }
        return fresh;
    }

    @Override
    public boolean closing() {
        return closed;
    }

    /** Stops each writer, prints its PID and resumes it when the user presses Enter. */
    private void waitForDebugger() {
        DebuggerPause pause = new DebuggerPause(System.in, out);
        stoppedForDebugger = true;
        for (WriterProcess writer : writers) {
            pause.pause(
                    writer.pid(),
                    writer.toString(),
                    writer + " is stopped: attach a debugger (gdb -p " + writer.pid()
                            + "), then press Enter to let it run");
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stoppedForDebugger) {
            // A stopped process would not act on SIGTERM.
            started.forEach(writer -> Signals.resumeQuietly(writer.pid()));
        }
        try {
            stop(started);
        } finally {
            ended.complete(null);
        }
        if (started.stream().noneMatch(WriterProcess::isAlive)) {
            PidFiles.remove(logFolder, "writer");
            if (program.classArchive() != null) {
                // The first writer wrote its classes on its way out (SIGTERM is an orderly exit for the JVM).
                program.classArchive().afterExit(true);
            }
        }
        if (syslog != null) {
            syslog.close();
        }
        if (Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // Already shutting down: the hook finds this pool closed.
            }
        }
    }

    /** SIGTERM to each, SIGKILL to those still there after {@link #STOP_TIMEOUT}; each with its children. */
    private void stop(List<WriterProcess> processes) {
        for (WriterProcess writer : processes) {
            writer.process().descendants().forEach(ProcessHandle::destroy);
            writer.process().destroy();
        }
        long deadline = System.nanoTime() + STOP_TIMEOUT.toNanos();
        for (WriterProcess writer : processes) {
            waitUntil(writer, deadline);
            if (writer.isAlive()) {
                out.println(writer + " ignored SIGTERM for " + STOP_TIMEOUT.toSeconds() + " s; killing it");
                writer.process().descendants().forEach(ProcessHandle::destroyForcibly);
                writer.process().destroyForcibly();
                waitUntil(writer, System.nanoTime() + STOP_TIMEOUT.toNanos());
            }
        }
    }

    private static void waitUntil(WriterProcess writer, long deadlineNanos) {
        try {
            writer.process().waitFor(Math.max(0, deadlineNanos - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
