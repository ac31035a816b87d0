package lib.wire;

/** A buffer that is not a valid message of the schema it claims (or is expected) to be. */
public final class WireFormatException extends RuntimeException {

    public WireFormatException(String message) {
        super(message);
    }

    public WireFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
