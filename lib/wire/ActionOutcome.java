package lib.wire;

/** answ {@code ActionOutcome}; declaration order is the wire code (Success = 0, Failure = 1). */
public enum ActionOutcome {
    SUCCESS,
    FAILURE
}
