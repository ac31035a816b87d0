package lib.wire;

import static lib.wire.Vectors.text;

import java.time.Instant;
import java.util.Objects;

/**
 * answ: a writer's reply to a start or stop command. {@code stopTime} has ms precision and is null for 0
 * on the wire (the reply to a stop-now).
 */
public record ActionResponse(
        String serviceId,
        String jobId,
        ActionType action,
        ActionOutcome outcome,
        int statusCode,
        Instant stopTime,
        String message,
        String commandId)
        implements ControlMessage {

    public static final String IDENTIFIER = "answ";

    static final Schema SCHEMA = new Schema(
            IDENTIFIER,
            TableLayout.table("ActionResponse")
                    .requiredString("service_id")
                    .requiredString("job_id")
                    .scalars(Byte.BYTES, "action", "outcome")
                    .scalar("status_code", Integer.BYTES)
                    .scalar("stop_time", Long.BYTES)
                    .strings("message", "command_id"));

    public ActionResponse {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
    }

    /** Reads an answ (absent strings as ""); a buffer that is not a valid one throws {@link WireFormatException}. */
    public static ActionResponse parse(byte[] bytes) {
        return SCHEMA.read(
                bytes, buffer -> read(lib.wire.generated.answ.ActionResponse.getRootAsActionResponse(buffer)));
    }

    private static ActionResponse read(lib.wire.generated.answ.ActionResponse table) {
        return new ActionResponse(
                text(table.serviceId()),
                text(table.jobId()),
                WireEnums.decode(ActionType.values(), table.action(), IDENTIFIER, "action"),
                WireEnums.decode(ActionOutcome.values(), table.outcome(), IDENTIFIER, "outcome"),
                table.statusCode(),
                Times.fromMillis(table.stopTime()),
                text(table.message()),
                text(table.commandId()));
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.control();
        int root = lib.wire.generated.answ.ActionResponse.createActionResponse(
                out.builder,
                out.string(serviceId),
                out.string(jobId),
                (byte) action.ordinal(),
                (byte) outcome.ordinal(),
                statusCode,
                Times.toMillis(stopTime),
                out.string(message),
                out.string(commandId));
        return out.finish(root, IDENTIFIER);
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }
}
