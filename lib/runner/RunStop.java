package lib.runner;

import java.util.function.Function;

/**
 * Why a run ends before its tests do: a signal (Ctrl-C, SIGTERM) or a broker that is gone. Set once, first cause
 * wins. From then on every wait of the run ends at once ({@link #throwIfStopped}, the run-wide wait guard), the tests
 * not started are skipped ({@link RunStopCondition}), the test tree prints the tests in progress as stopped and then
 * nothing more, and the run ends with one line made by {@link #closingLine}.
 */
final class RunStop {
    /** The test tree, told once that the run stops. */
    interface Tree {
        /** Where the run is: "during test_x", "after test_x". */
        String where();

        /** Prints each test in progress as stopped, with {@code note}, and nothing after; returns the counts so far. */
        Tally stop(String note);
    }

    /** Tests that ended (passed, failed) and those in progress when the run stopped. */
    record Tally(long passed, long failed, long inProgress) {}

    private Tree tree;
    private String phase = "before the first test";
    private String reason;
    private int exitCode;
    private boolean interrupted;
    private Tally tally = new Tally(0, 0, 0);

    /** The test tree prints from now on: it says where the run is. */
    synchronized void attach(Tree testTree) {
        this.tree = testTree;
    }

    /** Where the run is while no test tree is attached, e.g. "while the writers started". */
    synchronized void phase(String where) {
        this.phase = where;
    }

    /** Stopped by {@code signal} ("SIGTERM"); the JVM exits with {@code exitCode} (128 + the signal's number). */
    void interrupt(String signal, int code) {
        if (stop(where -> "interrupted by " + signal, "interrupted", code)) {
            synchronized (this) {
                interrupted = true;
            }
        }
    }

    /** The broker, as {@code description} names it, stopped answering: the run goes no further. */
    void brokerGone(String description) {
        stop(
                where -> "the Kafka broker (" + description + ") stopped answering " + where + "; run stopped",
                "the Kafka broker stopped answering",
                1);
    }

    private boolean stop(Function<String, String> reasonAt, String note, int code) {
        Tree current;
        synchronized (this) {
            if (reason != null) {
                return false;
            }
            current = tree;
            reason = reasonAt.apply(current == null ? phase : current.where());
            exitCode = code;
        }
        // Outside this lock: the tree takes its own, and a test thread may hold it while asking stopped().
        if (current != null) {
            Tally counted = current.stop(note);
            synchronized (this) {
                tally = counted;
            }
        }
        return true;
    }

    synchronized boolean stopped() {
        return reason != null;
    }

    /** Stopped by a signal: the shutdown hook tears down and says so, not the main thread. */
    synchronized boolean interrupted() {
        return interrupted;
    }

    synchronized int exitCode() {
        return exitCode;
    }

    /** The run-wide wait guard: a stopped run has nothing left to wait for. */
    void throwIfStopped() {
        String why;
        synchronized (this) {
            why = reason;
        }
        if (why != null) {
            throw new RunStoppedError(why);
        }
    }

    /** "interrupted by SIGTERM after 12 tests: 11 passed, 0 failed; nothing left running". */
    synchronized String closingLine(String leftRunning) {
        long tests = tally.passed() + tally.failed() + tally.inProgress();
        return reason + " after " + tests + (tests == 1 ? " test: " : " tests: ") + tally.passed() + " passed, "
                + tally.failed() + " failed; " + leftRunning;
    }

    /** What ends a wait of a stopped run. */
    static final class RunStoppedError extends AssertionError {
        RunStoppedError(String reason) {
            super(reason, null);
        }
    }
}
