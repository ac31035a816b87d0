package lib.runner;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import lib.waits.WaitGuard;

/**
 * The shutdown hook of a run stopped by a signal ({@link StopSignals}). The JVM runs it while the tests' thread goes
 * on, so it does not wait for that thread: it closes the run's writers and broker, newest first (each also has a
 * hook of its own, which may have begun: closing is idempotent and returns once done), checks what is left
 * ({@link LeftRunning}) and prints the closing line. Parts still starting when the signal came (a broker not ready)
 * are stopped by their own hooks; the check waits for them. On any other exit it does nothing.
 */
final class InterruptedTeardown {
    private final RunStop stop;
    private final LeftRunning leftRunning;
    private final Consumer<String> closing;
    private final Deque<AutoCloseable> parts = new ArrayDeque<>();

    InterruptedTeardown(RunStop stop, LeftRunning leftRunning, Consumer<String> closing) {
        this.stop = stop;
        this.leftRunning = leftRunning;
        this.closing = closing;
    }

    void install() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::run, "run-teardown"));
    }

    /** A part of the run that is up (its broker, its writers); closed by the hook before those started earlier. */
    synchronized void started(AutoCloseable part) {
        parts.push(part);
    }

    private void run() {
        if (!stop.interrupted()) {
            return;
        }
        WaitGuard.removeRunWide(); // the check below waits, and must not be cut short by the stop itself
        List<AutoCloseable> newestFirst;
        synchronized (this) {
            newestFirst = List.copyOf(parts);
        }
        for (AutoCloseable part : newestFirst) {
            try {
                part.close();
            } catch (Exception e) {
                System.out.println("could not stop " + part + ": " + e.getMessage());
            }
        }
        closing.accept(stop.closingLine(leftRunning.check()));
    }
}
