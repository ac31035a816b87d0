package lib.writers;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * One writer of a run, a process or a container: what {@link WriterReadiness} waits for and what the run's
 * {@link WriterWatch} watches. Its {@code toString()} names it, "writer 1 (PID 42)": its index and identity.
 */
public interface StartingWriter {
    /** Its number in the run, 1 to N; a replacement keeps the number of the writer it replaces. */
    int index();

    /** How the system knows it: "PID 42", or "container fwst-...-writer-1". */
    String identity();

    /** The {@code --service-name} it was given. */
    String serviceName();

    boolean isAlive();

    /** Completes once it has ended (a writer stopped for a debugger has not). */
    CompletableFuture<Void> onExit();

    /** Its exit status; asked only once it is not alive. */
    ExitStatus exitStatus();

    /** How it ended, such as "writer 1 (PID 42) exited with status 3"; asked only once it is not alive. */
    default String exitDescription() {
        return this + " " + exitStatus().describe();
    }

    Path log();

    String lastLogLines(int count);
}
