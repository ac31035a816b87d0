package lib.wire;

import static lib.wire.Vectors.text;

import lib.wire.generated.tdct.timestamp;

/**
 * tdct: the times (ns, ulong kept as raw bits) at which a chopper passed its reference point. The message
 * time is the first timestamp. The array is shared, not copied: treat it as read-only.
 */
public record ChopperTimestamps(String name, long[] timestamps, long sequenceCounter) implements DataMessage {

    public static final String IDENTIFIER = "tdct";

    static final Schema SCHEMA = new Schema(
            IDENTIFIER,
            TableLayout.table("timestamp")
                    .requiredString("name")
                    .requiredVector("timestamps", Long.BYTES)
                    .scalar("sequence_counter", Long.BYTES));

    public ChopperTimestamps {
        timestamps = timestamps == null ? new long[0] : timestamps;
    }

    /** The source is the chopper's {@code name}. */
    @Override
    public String sourceName() {
        return name;
    }

    @Override
    public long messageTimeNs() {
        return timestamps.length == 0 ? 0 : timestamps[0];
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        int root = timestamp.createtimestamp(out.builder, out.string(name), out.longs(timestamps), sequenceCounter);
        return out.finish(root, IDENTIFIER);
    }

    /** Reads a tdct; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static ChopperTimestamps parse(byte[] bytes) {
        return SCHEMA.read(bytes, buffer -> read(timestamp.getRootAstimestamp(buffer)));
    }

    private static ChopperTimestamps read(timestamp table) {
        return new ChopperTimestamps(
                text(table.name()), Vectors.longs(table.timestampsAsByteBuffer()), table.sequenceCounter());
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }
}
