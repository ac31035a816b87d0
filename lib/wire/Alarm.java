package lib.wire;

import static lib.wire.Vectors.text;

import java.time.Instant;
import java.util.Objects;

/** al00: an alarm of a source at a time (ns precision), with a severity and a message. */
public record Alarm(String sourceName, Instant timestamp, Severity severity, String message)
        implements TimestampedData {

    public static final String IDENTIFIER = "al00";

    /** al00 {@code Severity}; declaration order is the wire code (OK = 0, unlike f142's severity). */
    public enum Severity {
        OK,
        MINOR,
        MAJOR,
        INVALID
    }

    static final Schema SCHEMA = new Schema(
            IDENTIFIER,
            TableLayout.table("Alarm")
                    .string("source_name")
                    .scalar("timestamp", Long.BYTES)
                    .scalar("severity", Short.BYTES)
                    .string("message"));

    public Alarm {
        Objects.requireNonNull(timestamp, "timestamp");
        severity = severity == null ? Severity.OK : severity;
    }

    public static Alarm al00(String sourceName, long timestampNs, Severity severity, String message) {
        return new Alarm(sourceName, Times.fromNanos(timestampNs), severity, message);
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        int root = lib.wire.generated.al00.Alarm.createAlarm(
                out.builder, out.string(sourceName), messageTimeNs(), (short) severity.ordinal(), out.string(message));
        return out.finish(root, IDENTIFIER);
    }

    /** Reads an al00 (absent strings as ""); a buffer that is not a valid one throws {@link WireFormatException}. */
    public static Alarm parse(byte[] bytes) {
        return SCHEMA.read(bytes, buffer -> read(lib.wire.generated.al00.Alarm.getRootAsAlarm(buffer)));
    }

    private static Alarm read(lib.wire.generated.al00.Alarm table) {
        return new Alarm(
                text(table.sourceName()),
                Times.fromNanos(table.timestamp()),
                WireEnums.decode(Severity.values(), table.severity(), IDENTIFIER, "severity"),
                text(table.message()));
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }
}
