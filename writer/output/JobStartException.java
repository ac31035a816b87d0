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

    /** The protocol's detail text for a file that cannot be created at {@code path}. */
    public static String fileFailure(String path, String detail) {
        return "Failed to initialize HDF file \"" + path + "\". Error was: " + detail;
    }
}
