package lib.writers;

import java.util.List;

/**
 * The writers a {@link lib.modes.WriterMode} started for a run, ready: watched while the tests run, a dead one
 * replaced by a fresh one, all stopped by {@link #close()} (which leaves nothing of theirs running).
 */
public interface RunningWriters extends AutoCloseable {
    /** The current writers in the order of their index; a replaced writer's place holds its replacement. */
    List<? extends StartingWriter> writers();

    /**
     * Starts a fresh writer in the place of writer {@code index}, which has ended: the same service name, a new log
     * ({@code writer-<i>.<n>.log}); returns once it is ready.
     *
     * @throws WriterStartException when it cannot start or does not get ready (it is then stopped again)
     */
    StartingWriter replace(int index);

    /** Whether {@link #close()} has begun: writers that end now were stopped by the run, they did not die. */
    boolean closing();

    @Override
    void close();

    /** The writers of {@code --no-writer}: none the run knows of, so none to watch or stop. */
    static RunningWriters none() {
        return new RunningWriters() {
            @Override
            public List<StartingWriter> writers() {
                return List.of();
            }

            @Override
            public StartingWriter replace(int index) {
                throw new IllegalStateException("--no-writer: the run started no writer " + index + " to replace");
            }

            @Override
            public boolean closing() {
                return false;
            }

            @Override
            public void close() {}
        };
    }
}
