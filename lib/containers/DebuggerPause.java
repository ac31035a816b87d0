package lib.containers;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import lib.writers.WriterStartException;

/**
 * {@code --wait-to-attach-debugger} for containers: each writer in turn is stopped (SIGSTOP to its host PID), the
 * user is told how to attach, and it runs on when the user presses Enter.
 */
final class DebuggerPause {
    private DebuggerPause() {}

    static void pause(List<WriterContainer> containers, InputStream console, PrintStream progress) {
        lib.writers.DebuggerPause pause = new lib.writers.DebuggerPause(console, progress);
        for (WriterContainer container : containers) {
            long pid = container
                    .hostPid()
                    .orElseThrow(() -> new WriterStartException(container.exitDescription()
                            + " before a debugger could attach; last lines of " + container.log() + ":\n"
                            + container.lastLogLines(15)));
            pause.pause(
                    pid,
                    container.name(),
                    container.name() + " (host PID " + pid + ") is stopped: attach a debugger on the host (gdb -p "
                            + pid + ") or inside the container (docker exec -it " + container.name()
                            + " gdb -p 1, where the image has gdb), then press Enter to let it run");
        }
    }
}
