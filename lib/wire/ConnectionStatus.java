package lib.wire;

/**
 * ep01 {@code ConnectionInfo} (and ep00 {@code EventType}, its first five values); declaration order is the
 * wire code.
 */
public enum ConnectionStatus {
    UNKNOWN,
    NEVER_CONNECTED,
    CONNECTED,
    DISCONNECTED,
    DESTROYED,
    /** ep01 only, like the two after it. */
    CANCELLED,
    FINISHED,
    REMOTE_ERROR
}
