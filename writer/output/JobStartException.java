package writer.output;

/** A job could not start; the message is the protocol's detail text (protocol.md §4.3). */
public final class JobStartException extends Exception {
    private static final long serialVersionUID = 1L;

    public JobStartException(String message) {
        super(message);
    }

    public JobStartException(String message, Throwable cause) {
        super(message, cause);
    }
}
