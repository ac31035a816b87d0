package lib.wire;

/** is84 {@code RunState}; declaration order is the wire code. */
public enum RunState {
    SETUP,
    RUNNING
}
