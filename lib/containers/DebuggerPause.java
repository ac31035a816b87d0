package lib.containers;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import lib.writers.Signals;
import lib.writers.WriterStartException;

/**
 * {@code --wait-to-attach-debugger} for containers: each writer in turn is stopped (SIGSTOP to its host PID), the
 * user is told how to attach, and it runs on when the user presses Enter.
 */
final class DebuggerPause {
    private DebuggerPause() {}

    static void pause(List<WriterContainer> containers, InputStream console, PrintStream progress) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(console, StandardCharsets.UTF_8));
        for (WriterContainer container : containers) {
            long pid = container
                    .hostPid()
                    .orElseThrow(() -> new WriterStartException(container.exitDescription()
                            + " before a debugger could attach; last lines of " + container.log() + ":\n"
                            + container.lastLogLines(15)));
            Signals.stop(pid);
            progress.println(container.name() + " (host PID " + pid + ") is stopped: attach a debugger on the host"
                    + " (gdb -p " + pid + ") or inside the container (docker exec -it " + container.name()
                    + " gdb -p 1, where the image has gdb), then press Enter to let it run");
            if (readLine(lines) == null) {
                progress.println("no input to wait for (stdin is closed): resuming " + container.name());
            }
            Signals.resume(pid);
        }
    }

    private static String readLine(BufferedReader lines) {
        try {
            return lines.readLine();
        } catch (IOException e) {
            return null;
        }
    }
}
