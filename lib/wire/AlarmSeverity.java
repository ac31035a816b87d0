package lib.wire;

/** f142 {@code AlarmSeverity}; declaration order is the wire code. Note that MINOR is 0, unlike al00's. */
public enum AlarmSeverity {
    MINOR,
    MAJOR,
    NO_ALARM,
    INVALID,
    /** The default: the alarm did not change. */
    NO_CHANGE
}
