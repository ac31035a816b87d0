package lib.control;

import lib.wire.ActionOutcome;
import lib.wire.ActionType;

/** An {@code answ}: a writer's reply to a start ({@code commandId} = job id) or a stop. */
record AnswerSeen(
        String serviceId,
        String jobId,
        String commandId,
        ActionType action,
        ActionOutcome outcome,
        int statusCode,
        String message)
        implements ControlEvent {

    /** The command this answers; a start reply without command id still names its job. */
    String answeredCommandId() {
        return commandId.isEmpty() && action == ActionType.START_JOB ? jobId : commandId;
    }

    CommandState commandState() {
        return outcome == ActionOutcome.SUCCESS ? CommandState.SUCCESS : CommandState.ERROR;
    }

    @Override
    public String describe() {
        return "answ service=" + serviceId + " job=" + jobId + " command=" + commandId + " " + action + " " + outcome
                + " " + statusCode + " \"" + message + "\"";
    }
}
