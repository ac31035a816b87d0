package lib.writers;

import java.nio.file.Path;

/**
 * One writer's death as the run saw it: which writer, how it ended, when (during which test, or after which), and
 * the last lines of its log as it ended. Made and updated by {@link WriterWatch} only.
 */
public final class WriterDeath {
    /** As many log lines as a writer that could not start reports (WriterReadiness). */
    static final int LAST_LINES = 15;

    private final StartingWriter writer;
    private final String line;
    private final String lastLines;
    private String replacement;
    private boolean reported;
    private boolean failedATest;

    WriterDeath(StartingWriter writer, ExitStatus exit, String when, String lastLines) {
        this.writer = writer;
        this.line = writer + " " + exit.describe() + " " + when;
        this.lastLines = lastLines;
    }

    /** The one line, such as "writer 1 (PID 123) died of SIGABRT during test_rejoins_pool_after_writing_done". */
    public String line() {
        return line;
    }

    /** The last lines of the writer's log as it ended, under a line naming the log. */
    public String logTail() {
        return "last lines of " + log() + ":\n" + lastLines;
    }

    /** The line, and what replaced the writer, for the run's closing list of deaths. */
    public String summary() {
        return line + "; " + (replacement == null ? "not replaced (no test followed)" : replacement);
    }

    public int index() {
        return writer.index();
    }

    public Path log() {
        return writer.log();
    }

    StartingWriter writer() {
        return writer;
    }

    void replacedBy(String what) {
        replacement = what;
    }

    boolean reported() {
        return reported;
    }

    /** {@code asFailure}: the death fails the test (or class set-up) it happened in, rather than being noted. */
    void markReported(boolean asFailure) {
        reported = true;
        failedATest = asFailure;
    }

    /** Whether a test failed for it: a death outside tests fails none, and so fails the run instead. */
    public boolean failedATest() {
        return failedATest;
    }

    @Override
    public String toString() {
        return line;
    }
}
