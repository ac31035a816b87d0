package lib.writers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * {@code --wait-to-attach-debugger}, for processes and containers alike: a writer is stopped (SIGSTOP to its PID on
 * this host), the user is told how to attach, and it runs on when the user presses Enter, or at once when the input
 * has ended.
 */
public final class DebuggerPause {
    private final BufferedReader console;
    private final PrintStream out;

    public DebuggerPause(InputStream console, PrintStream out) {
        this.console = new BufferedReader(new InputStreamReader(console, StandardCharsets.UTF_8));
        this.out = out;
    }

    /** Stops {@code pid}, prints {@code howToAttach}, waits for Enter and resumes {@code writer}. */
    public void pause(long pid, String writer, String howToAttach) {
        Signals.stop(pid);
        out.println(howToAttach);
        if (readLine() == null) {
            out.println("no input to wait for (stdin is closed): resuming " + writer);
        }
        Signals.resume(pid);
    }

    private String readLine() {
        try {
            return console.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
