package lib.wire;

import static lib.wire.Vectors.text;

import java.time.Instant;
import java.util.Objects;

/**
 * f144 (and the deprecated f142): one value of a process variable at a time (ns precision). The alarm fields
 * exist only in f142; there they default to NO_CHANGE, in f144 they are always NO_CHANGE. {@code value} is
 * null only for a parsed f142 that carried none.
 */
public record LogData(
        String identifier,
        String sourceName,
        Instant timestamp,
        Value value,
        AlarmStatus alarmStatus,
        AlarmSeverity alarmSeverity)
        implements TimestampedData {

    public static final String F142 = "f142";
    public static final String F144 = "f144";

    static final Schema F142_SCHEMA = new Schema(
            F142,
            TableLayout.table("LogData")
                    .string("source_name")
                    .union("value", false, ValueUnion.LOG_DATA.layouts)
                    .scalar("timestamp", Long.BYTES)
                    .scalars(Short.BYTES, "status", "severity"));

    static final Schema F144_SCHEMA = new Schema(
            F144,
            TableLayout.table("f144_LogData")
                    .requiredString("source_name")
                    .scalar("timestamp", Long.BYTES)
                    .union("value", true, ValueUnion.LOG_DATA.layouts));

    public LogData {
        if (!F142.equals(identifier) && !F144.equals(identifier)) {
            throw new IllegalArgumentException("LogData is f142 or f144, not " + identifier);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        if (F144.equals(identifier)) {
            Objects.requireNonNull(value, "an f144 needs a value");
        }
        alarmStatus = alarmStatus == null ? AlarmStatus.NO_CHANGE : alarmStatus;
        alarmSeverity = alarmSeverity == null ? AlarmSeverity.NO_CHANGE : alarmSeverity;
        if (F144.equals(identifier)
                && (alarmStatus != AlarmStatus.NO_CHANGE || alarmSeverity != AlarmSeverity.NO_CHANGE)) {
            throw new IllegalArgumentException("f144 has no alarm fields; send an al00 (Alarm) instead");
        }
    }

    public static LogData f144(String sourceName, Instant timestamp, Value value) {
        return new LogData(F144, sourceName, timestamp, value, null, null);
    }

    public static LogData f144(String sourceName, long timestampNs, Value value) {
        return f144(sourceName, Times.fromNanos(timestampNs), value);
    }

    public static LogData f142(String sourceName, Instant timestamp, Value value) {
        return new LogData(F142, sourceName, timestamp, Objects.requireNonNull(value, "value"), null, null);
    }

    public static LogData f142(String sourceName, long timestampNs, Value value) {
        return f142(sourceName, Times.fromNanos(timestampNs), value);
    }

    /** The same f142 message with alarm fields. */
    public LogData withAlarm(AlarmStatus status, AlarmSeverity severity) {
        return new LogData(identifier, sourceName, timestamp, value, status, severity);
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        int source = out.string(sourceName);
        int valueTable = value == null ? 0 : ValueUnion.LOG_DATA.write(out, value);
        byte valueType = value == null ? 0 : ValueUnion.LOG_DATA.code(value);
        int root = F144.equals(identifier)
                ? lib.wire.generated.f144.f144_LogData.createf144_LogData(
                        out.builder, source, messageTimeNs(), valueType, valueTable)
                : lib.wire.generated.f142.LogData.createLogData(
                        out.builder,
                        source,
                        valueType,
                        valueTable,
                        messageTimeNs(),
                        alarmStatus.ordinal(),
                        alarmSeverity.ordinal());
        return out.finish(root, identifier);
    }

    /** Reads an f144; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static LogData parseF144(byte[] bytes) {
        return F144_SCHEMA.read(
                bytes, buffer -> readF144(lib.wire.generated.f144.f144_LogData.getRootAsf144_LogData(buffer)));
    }

    private static LogData readF144(lib.wire.generated.f144.f144_LogData table) {
        return new LogData(
                F144,
                text(table.sourceName()),
                Times.fromNanos(table.timestamp()),
                ValueUnion.LOG_DATA.read(table.valueType(), table::value),
                null,
                null);
    }

    /** Reads an f142; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static LogData parseF142(byte[] bytes) {
        return F142_SCHEMA.read(bytes, buffer -> readF142(lib.wire.generated.f142.LogData.getRootAsLogData(buffer)));
    }

    private static LogData readF142(lib.wire.generated.f142.LogData table) {
        return new LogData(
                F142,
                text(table.sourceName()),
                Times.fromNanos(table.timestamp()),
                ValueUnion.LOG_DATA.read(table.valueType(), table::value),
                WireEnums.decode(AlarmStatus.values(), table.status(), F142, "status"),
                WireEnums.decode(AlarmSeverity.values(), table.severity(), F142, "severity"));
    }

    /** Reads an f142 or an f144, by its identifier. */
    public static LogData parse(byte[] bytes) {
        return Identifier.has(bytes, F142) ? parseF142(bytes) : parseF144(bytes);
    }
}
