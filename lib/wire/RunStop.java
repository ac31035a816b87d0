package lib.wire;

import static lib.wire.Vectors.text;

import java.time.Instant;
import java.util.UUID;

/**
 * 6s4t: the command that stops a job now ({@code stopTime} null, 0 on the wire) or sets its stop time
 * (ms precision). Every string is written (null as ""): a 6s4t without command_id crashes the real writer.
 */
public record RunStop(Instant stopTime, String runName, String jobId, String serviceId, String commandId)
        implements ControlMessage {

    public static final String IDENTIFIER = "6s4t";

    static final Schema SCHEMA = new Schema(
            IDENTIFIER,
            TableLayout.table("RunStop")
                    .scalar("stop_time", Long.BYTES)
                    .strings("run_name", "job_id", "service_id", "command_id"));

    /** Stop {@code jobId} now, with a fresh random command id. */
    public static RunStop now(String jobId) {
        return new RunStop(null, "", jobId, "", UUID.randomUUID().toString());
    }

    /** Set the stop time of {@code jobId}, with a fresh random command id. */
    public static RunStop at(String jobId, Instant stopTime) {
        return new RunStop(stopTime, "", jobId, "", UUID.randomUUID().toString());
    }

    public RunStop withServiceId(String id) {
        return new RunStop(stopTime, runName, jobId, id, commandId);
    }

    public RunStop withCommandId(String id) {
        return new RunStop(stopTime, runName, jobId, serviceId, id);
    }

    public RunStop withRunName(String name) {
        return new RunStop(stopTime, name, jobId, serviceId, commandId);
    }

    /** Reads a 6s4t (absent strings as ""); a buffer that is not a valid one throws {@link WireFormatException}. */
    public static RunStop parse(byte[] bytes) {
        return SCHEMA.read(bytes, buffer -> read(lib.wire.generated._6s4t.RunStop.getRootAsRunStop(buffer)));
    }

    private static RunStop read(lib.wire.generated._6s4t.RunStop table) {
        return new RunStop(
                Times.fromMillis(table.stopTime()),
                text(table.runName()),
                text(table.jobId()),
                text(table.serviceId()),
                text(table.commandId()));
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.control();
        int root = lib.wire.generated._6s4t.RunStop.createRunStop(
                out.builder,
                Times.toMillis(stopTime),
                out.string(runName),
                out.string(jobId),
                out.string(serviceId),
                out.string(commandId));
        return out.finish(root, IDENTIFIER);
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }
}
