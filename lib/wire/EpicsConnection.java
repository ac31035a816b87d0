package lib.wire;

import static lib.wire.Vectors.text;

import java.time.Instant;
import java.util.Objects;
import lib.wire.generated.ep01.EpicsPVConnectionInfo;

/** ep01 (and the deprecated ep00): a change of an EPICS process variable's connection, at a time in ns. */
public record EpicsConnection(
        String identifier, String sourceName, Instant timestamp, ConnectionStatus status, String serviceId)
        implements TimestampedData {

    public static final String EP00 = "ep00";
    public static final String EP01 = "ep01";

    static final Schema EP00_SCHEMA = new Schema(
            EP00,
            TableLayout.table("EpicsConnectionInfo")
                    .scalar("timestamp", Long.BYTES)
                    .scalar("type", Short.BYTES)
                    .strings("source_name", "service_id"));

    static final Schema EP01_SCHEMA = new Schema(
            EP01,
            TableLayout.table("EpicsPVConnectionInfo")
                    .scalar("timestamp", Long.BYTES)
                    .scalar("status", Short.BYTES)
                    .requiredString("source_name")
                    .string("service_id"));

    public EpicsConnection {
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(status, "status");
        if (EP00.equals(identifier) && status.compareTo(ConnectionStatus.DESTROYED) > 0) {
            throw new IllegalArgumentException("ep00 has no connection status " + status + "; use ep01");
        }
        if (!EP00.equals(identifier) && !EP01.equals(identifier)) {
            throw new IllegalArgumentException("EpicsConnection is ep00 or ep01, not " + identifier);
        }
    }

    public static EpicsConnection ep01(String sourceName, Instant timestamp, ConnectionStatus status) {
        return new EpicsConnection(EP01, sourceName, timestamp, status, "");
    }

    public static EpicsConnection ep00(String sourceName, Instant timestamp, ConnectionStatus status) {
        return new EpicsConnection(EP00, sourceName, timestamp, status, "");
    }

    public EpicsConnection withServiceId(String id) {
        return new EpicsConnection(identifier, sourceName, timestamp, status, id);
    }

    /** ep00 is written with ep01's generated class too; see {@link #parse}. */
    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        int source = out.string(sourceName);
        int service = out.string(serviceId);
        int root = EpicsPVConnectionInfo.createEpicsPVConnectionInfo(
                out.builder, messageTimeNs(), (short) status.ordinal(), source, service);
        return out.finish(root, identifier);
    }

    /**
     * Reads an ep00 or an ep01, by its identifier; an invalid buffer throws {@link WireFormatException}. The
     * two share the slot layout (ep00's ushort type has ep01's short status's width and codes 0..4), so both
     * are read with ep01's generated class.
     */
    public static EpicsConnection parse(byte[] bytes) {
        Schema schema = Schema.either(bytes, EP00_SCHEMA, EP01_SCHEMA);
        return schema.read(
                bytes,
                buffer -> read(schema.identifier(), EpicsPVConnectionInfo.getRootAsEpicsPVConnectionInfo(buffer)));
    }

    private static EpicsConnection read(String identifier, EpicsPVConnectionInfo table) {
        return new EpicsConnection(
                identifier,
                text(table.sourceName()),
                Times.fromNanos(table.timestamp()),
                WireEnums.decode(ConnectionStatus.values(), table.status(), identifier, "status"),
                text(table.serviceId()));
    }
}
