package lib.wire;

import java.time.Instant;

/**
 * answ: a writer's reply to a start or stop command. {@code stopTime} has ms precision and is null for 0
 * on the wire (the reply to a stop-now). Strings are never null.
 */
public record ActionResponse(
        String serviceId,
        String jobId,
        ActionType action,
        ActionOutcome outcome,
        int statusCode,
        Instant stopTime,
        String message,
        String commandId) implements ControlMessage {

    public static final String IDENTIFIER = "answ";

    static final Schema SCHEMA = new Schema(IDENTIFIER, TableLayout.table("ActionResponse")
            .requiredString("service_id")
            .requiredString("job_id")
            .scalar("action", Byte.BYTES)
            .scalar("outcome", Byte.BYTES)
            .scalar("status_code", Integer.BYTES)
            .scalar("stop_time", Long.BYTES)
            .string("message")
            .string("command_id"));

    public ActionResponse {
        serviceId = Vectors.text(serviceId);
        jobId = Vectors.text(jobId);
        if (action == null || outcome == null) {
            throw new IllegalArgumentException("an answ needs an action and an outcome");
        }
        message = Vectors.text(message);
        commandId = Vectors.text(commandId);
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.control();
        int root = lib.wire.generated.answ.ActionResponse.createActionResponse(out.builder, out.string(serviceId),
                out.string(jobId), (byte) action.ordinal(), (byte) outcome.ordinal(), statusCode,
                Times.toMillis(stopTime), out.string(message), out.string(commandId));
        return out.finish(root, IDENTIFIER);
    }

    /** Reads an answ; a buffer that is not a valid one throws {@link WireFormatException}. */
    public static ActionResponse parse(byte[] bytes) {
        var table = lib.wire.generated.answ.ActionResponse.getRootAsActionResponse(SCHEMA.verify(bytes));
        return new ActionResponse(table.serviceId(), table.jobId(),
                WireEnums.decode(ActionType.values(), table.action(), IDENTIFIER, "action"),
                WireEnums.decode(ActionOutcome.values(), table.outcome(), IDENTIFIER, "outcome"),
                table.statusCode(), Times.fromMillis(table.stopTime()), table.message(), table.commandId());
    }
}
