package lib.wire;

import java.time.Duration;

/** x5f2: the status a writer publishes every update interval (ms precision). Strings are never null. */
public record Status(
        String softwareName,
        String softwareVersion,
        String serviceId,
        String hostName,
        long processId,
        Duration updateInterval,
        String statusJson) implements ControlMessage {

    public static final String IDENTIFIER = "x5f2";

    static final Schema SCHEMA = new Schema(IDENTIFIER, TableLayout.table("Status")
            .string("software_name")
            .string("software_version")
            .string("service_id")
            .string("host_name")
            .scalar("process_id", Integer.BYTES)
            .scalar("update_interval", Integer.BYTES)
            .string("status_json"));

    public Status {
        softwareName = Vectors.text(softwareName);
        softwareVersion = Vectors.text(softwareVersion);
        serviceId = Vectors.text(serviceId);
        hostName = Vectors.text(hostName);
        updateInterval = updateInterval == null ? Duration.ZERO : updateInterval;
        statusJson = Vectors.text(statusJson);
    }

    public Status withStatusJson(String json) {
        return new Status(softwareName, softwareVersion, serviceId, hostName, processId, updateInterval, json);
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.control();
        int root = lib.wire.generated.x5f2.Status.createStatus(out.builder, out.string(softwareName),
                out.string(softwareVersion), out.string(serviceId), out.string(hostName), processId,
                updateInterval.toMillis(), out.string(statusJson));
        return out.finish(root, IDENTIFIER);
    }

    /** Reads an x5f2; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static Status parse(byte[] bytes) {
        var table = lib.wire.generated.x5f2.Status.getRootAsStatus(SCHEMA.verify(bytes));
        return new Status(table.softwareName(), table.softwareVersion(), table.serviceId(), table.hostName(),
                table.processId(), Duration.ofMillis(table.updateInterval()), table.statusJson());
    }
}
