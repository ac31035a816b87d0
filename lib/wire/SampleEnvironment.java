package lib.wire;

import static lib.wire.Vectors.text;

import java.time.Instant;
import java.util.Objects;
import lib.wire.generated.se00.se00_SampleEnvironmentData;

/**
 * se00 (and the deprecated senv): a block of samples of one channel. The first sample is at
 * {@code packetTimestamp} (ns precision), the next ones every {@code timeDeltaNs}, unless {@code timestamps}
 * (ns) gives each sample's time. {@code values} is an array {@link Value} (senv: integer arrays only).
 * Arrays are shared, not copied: treat them as read-only; null {@code timestamps} is an empty array.
 */
public record SampleEnvironment(
        String identifier,
        String name,
        int channel,
        Instant packetTimestamp,
        double timeDeltaNs,
        Location timestampLocation,
        Value values,
        long[] timestamps,
        long messageCounter)
        implements DataMessage {

    public static final String SENV = "senv";
    public static final String SE00 = "se00";

    /** senv/se00 {@code Location}: where in the sampling interval the timestamp lies. Order is the wire code. */
    public enum Location {
        UNKNOWN,
        START,
        MIDDLE,
        END
    }

    static final Schema SENV_SCHEMA = new Schema(SENV, layout("SampleEnvironmentData", ValueUnion.SENV));
    static final Schema SE00_SCHEMA = new Schema(SE00, layout("se00_SampleEnvironmentData", ValueUnion.SE00));

    public SampleEnvironment {
        if (!SENV.equals(identifier) && !SE00.equals(identifier)) {
            throw new IllegalArgumentException("SampleEnvironment is senv or se00, not " + identifier);
        }
        Objects.requireNonNull(packetTimestamp, "packetTimestamp");
        Objects.requireNonNull(values, "values");
        union(identifier).code(values);
        timestampLocation = timestampLocation == null ? Location.UNKNOWN : timestampLocation;
        timestamps = timestamps == null ? new long[0] : timestamps;
    }

    public static SampleEnvironment se00(
            String name, int channel, Instant packetTimestamp, double timeDeltaNs, Value values) {
        return new SampleEnvironment(SE00, name, channel, packetTimestamp, timeDeltaNs, null, values, null, 0);
    }

    public static SampleEnvironment senv(
            String name, int channel, Instant packetTimestamp, double timeDeltaNs, Value values) {
        return new SampleEnvironment(SENV, name, channel, packetTimestamp, timeDeltaNs, null, values, null, 0);
    }

    /** The source is the channel's {@code name}. */
    @Override
    public String sourceName() {
        return name;
    }

    @Override
    public long messageTimeNs() {
        return Times.toNanos(packetTimestamp);
    }

    /**
     * senv and se00 share the slot layout (senv's unsigned times are se00's signed ones, same width), so both
     * are written and read with se00's generated class; only the identifier and the union's members differ.
     */
    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        ValueUnion union = union(identifier);
        int nameOffset = out.string(name);
        int valuesTable = union.write(out, values);
        int timestampsVector = out.longs(timestamps);
        int root = se00_SampleEnvironmentData.createse00_SampleEnvironmentData(
                out.builder,
                nameOffset,
                channel,
                messageTimeNs(),
                timeDeltaNs,
                (byte) timestampLocation.ordinal(),
                union.code(values),
                valuesTable,
                timestampsVector,
                messageCounter);
        return out.finish(root, identifier);
    }

    /** Reads an senv or an se00, by its identifier; an invalid buffer throws {@link WireFormatException}. */
    public static SampleEnvironment parse(byte[] bytes) {
        Schema schema = Schema.either(bytes, SENV_SCHEMA, SE00_SCHEMA);
        return schema.read(
                bytes,
                buffer -> read(
                        schema.identifier(), se00_SampleEnvironmentData.getRootAsse00_SampleEnvironmentData(buffer)));
    }

    private static SampleEnvironment read(String identifier, se00_SampleEnvironmentData table) {
        return new SampleEnvironment(
                identifier,
                text(table.name()),
                table.channel(),
                Times.fromNanos(table.packetTimestamp()),
                table.timeDelta(),
                WireEnums.decode(Location.values(), table.timestampLocation(), identifier, "timestamp_location"),
                union(identifier).read(table.valuesType(), table::values),
                Vectors.longs(table.timestampsAsByteBuffer()),
                table.messageCounter());
    }

    private static ValueUnion union(String identifier) {
        return SENV.equals(identifier) ? ValueUnion.SENV : ValueUnion.SE00;
    }

    private static TableLayout layout(String table, ValueUnion union) {
        return TableLayout.table(table)
                .requiredString("name")
                .scalar("channel", Integer.BYTES)
                .scalar("packet_timestamp", Long.BYTES)
                .scalar("time_delta", Double.BYTES)
                .scalar("timestamp_location", Byte.BYTES)
                .union("values", true, union.layouts)
                .vector("timestamps", Long.BYTES)
                .scalar("message_counter", Long.BYTES);
    }
}
