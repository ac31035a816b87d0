package writer.output.modules;

/**
 * An f142/f144 message as the log modules need it. f142 alarm codes are those of its AlarmStatus and
 * AlarmSeverity enums; f144 carries none (NO_CHANGE).
 */
record LogSample(NumericValues values, boolean array, int alarmStatus, int alarmSeverity) {
    static final int NO_CHANGE_STATUS = 22;
    static final int NO_CHANGE_SEVERITY = 4;
}
