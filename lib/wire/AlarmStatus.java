package lib.wire;

/** f142 {@code AlarmStatus} (the EPICS alarm status); declaration order is the wire code, NO_ALARM = 0. */
public enum AlarmStatus {
    NO_ALARM,
    READ,
    WRITE,
    HIHI,
    HIGH,
    LOLO,
    LOW,
    STATE,
    COS,
    COMM,
    TIMED,
    HWLIMIT,
    CALC,
    SCAN,
    LINK,
    SOFT,
    BAD_SUB,
    UDF,
    DISABLE,
    SIMM,
    READ_ACCESS,
    WRITE_ACCESS,
    /** The default: the alarm did not change. */
    NO_CHANGE
}
