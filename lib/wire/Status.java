package lib.wire;

import static lib.wire.Vectors.text;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;

/** x5f2: the status a writer publishes every update interval (ms precision on the wire). */
public record Status(
        String softwareName,
        String softwareVersion,
        String serviceId,
        String hostName,
        long processId,
        Duration updateInterval,
        String statusJson)
        implements ControlMessage {

    public static final String IDENTIFIER = "x5f2";

    private static final ObjectMapper JSON = new ObjectMapper();

    static final Schema SCHEMA = new Schema(
            IDENTIFIER,
            TableLayout.table("Status")
                    .strings("software_name", "software_version", "service_id", "host_name")
                    .scalars(Integer.BYTES, "process_id", "update_interval")
                    .string("status_json"));

    public Status withStatusJson(String json) {
        return new Status(softwareName, softwareVersion, serviceId, hostName, processId, updateInterval, json);
    }

    /**
     * The writer's state as its status JSON names it; UNKNOWN when the JSON names none or one the protocol lacks.
     *
     * @throws WireFormatException when the status JSON is not JSON
     */
    public WriterState state() {
        try {
            if (statusJson == null || statusJson.isBlank()) {
                return WriterState.UNKNOWN;
            }
            return WriterState.named(JSON.readTree(statusJson).path("state").asText(""));
        } catch (JsonProcessingException e) {
            throw new WireFormatException("x5f2 of " + serviceId + ": status_json is not JSON ("
                    + e.getOriginalMessage() + "): " + statusJson);
        }
    }

    /** Reads an x5f2 (absent strings as ""); a buffer that is not a valid one throws {@link WireFormatException}. */
    public static Status parse(byte[] bytes) {
        return SCHEMA.read(bytes, buffer -> read(lib.wire.generated.x5f2.Status.getRootAsStatus(buffer)));
    }

    private static Status read(lib.wire.generated.x5f2.Status table) {
        return new Status(
                text(table.softwareName()),
                text(table.softwareVersion()),
                text(table.serviceId()),
                text(table.hostName()),
                table.processId(),
                Duration.ofMillis(table.updateInterval()),
                text(table.statusJson()));
    }

    /** Null strings are written as "", a null interval as 0. */
    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.control();
        long intervalMillis = updateInterval == null ? 0 : updateInterval.toMillis();
        int root = lib.wire.generated.x5f2.Status.createStatus(
                out.builder,
                out.string(softwareName),
                out.string(softwareVersion),
                out.string(serviceId),
                out.string(hostName),
                processId,
                intervalMillis,
                out.string(statusJson));
        return out.finish(root, IDENTIFIER);
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }
}
