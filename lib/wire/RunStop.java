package lib.wire;

import java.time.Instant;
import java.util.UUID;

/**
 * 6s4t: the command that stops a job now ({@code stopTime} null, 0 on the wire) or sets its stop time
 * (ms precision). Strings are never null and always written: a 6s4t without command_id crashes the real writer.
 */
public record RunStop(Instant stopTime, String runName, String jobId, String serviceId, String commandId)
        implements ControlMessage {

    public static final String IDENTIFIER = "6s4t";

    static final Schema SCHEMA = new Schema(IDENTIFIER, TableLayout.table("RunStop")
            .scalar("stop_time", Long.BYTES)
            .string("run_name")
            .string("job_id")
            .string("service_id")
            .string("command_id"));

    public RunStop {
        runName = Vectors.text(runName);
        jobId = Vectors.text(jobId);
        serviceId = Vectors.text(serviceId);
        commandId = Vectors.text(commandId);
    }

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

    @Override
    public String identifier() {
        return IDENTIFIER;
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.control();
        int root = lib.wire.generated._6s4t.RunStop.createRunStop(out.builder, Times.toMillis(stopTime),
                out.string(runName), out.string(jobId), out.string(serviceId), out.string(commandId));
        return out.finish(root, IDENTIFIER);
    }

    /** Reads a 6s4t; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static RunStop parse(byte[] bytes) {
        var table = lib.wire.generated._6s4t.RunStop.getRootAsRunStop(SCHEMA.verify(bytes));
        return new RunStop(Times.fromMillis(table.stopTime()), table.runName(), table.jobId(), table.serviceId(),
                table.commandId());
    }
}
