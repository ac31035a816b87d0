package lib.writers;

import java.nio.file.Path;

/** A writer {@link WriterReadiness} waits for: a process, or a container. */
public interface StartingWriter {
    /** The {@code --service-name} it was given. */
    String serviceName();

    boolean isAlive();

    /** How it ended, such as "writer 1 (PID 42) exited with status 3"; asked only once it is not alive. */
    String exitDescription();

    Path log();

    String lastLogLines(int count);
}
