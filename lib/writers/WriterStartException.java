package lib.writers;

/** Writers could not be brought up; the message says which one and why, with its last log lines. */
public final class WriterStartException extends RuntimeException {
    public WriterStartException(String message) {
        super(message);
    }
}
