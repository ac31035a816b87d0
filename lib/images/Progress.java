package lib.images;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The build's output: one line per step with what triggered it and how long it took; with {@code -v} the steps'
 * own output in between, indented.
 */
final class Progress {
    private final PrintStream out;
    private final boolean verbose;
    private long started;
    private String current;

    Progress(PrintStream out, boolean verbose) {
        this.out = out;
        this.verbose = verbose;
    }

    void say(String line) {
        out.println(line);
        out.flush();
    }

    /** Starts a step's line: {@code title: action (reason) ...}; {@link #done()} or {@link #failed()} ends it. */
    void begin(String title, String action, String reason) {
        current = title;
        started = System.nanoTime();
        String line = title + ": " + action + " (" + reason + ") ...";
        if (verbose) {
            out.println(line);
        } else {
            out.print(line);
        }
        out.flush();
    }

    void output(String line) {
        if (verbose) {
            out.println("  | " + line);
            out.flush();
        }
    }

    /** Ends the current step's line with its elapsed time. */
    Duration done() {
        Duration elapsed = elapsed();
        out.println((verbose ? current + ": done in " : " done in ") + seconds(elapsed));
        out.flush();
        return elapsed;
    }

    Duration failed() {
        Duration elapsed = elapsed();
        out.println((verbose ? current + ": failed after " : " failed after ") + seconds(elapsed));
        out.flush();
        return elapsed;
    }

    /** A step that does not run: {@code title: kept (reason)}. */
    void kept(String title, String word, String reason) {
        say(title + ": " + word + " (" + reason + ")");
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - started);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    static String size(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
