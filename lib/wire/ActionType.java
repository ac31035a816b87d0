package lib.wire;

/** answ {@code ActionType}; declaration order is the wire code (StartJob = 0, SetStopTime = 1). */
public enum ActionType {
    START_JOB,
    SET_STOP_TIME
}
