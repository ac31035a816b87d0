package lib.fuzz;

import lib.wire.ActionResponse;
import lib.wire.ActionType;

/**
 * What ties an answ to the command it answers: the action and the job id, plus the command id for stops (a start's
 * command id is its job id). Replies whose ids the writer blanks (HEAD, a start or stop without job id) share the
 * key with "" ids.
 */
public record ReplyKey(ActionType action, String jobId, String commandId) {
    public static ReplyKey start(String jobId) {
        return new ReplyKey(ActionType.START_JOB, jobId, "");
    }

    public static ReplyKey stop(String jobId, String commandId) {
        return new ReplyKey(ActionType.SET_STOP_TIME, jobId, commandId);
    }

    public static ReplyKey of(ActionResponse answer) {
        return answer.action() == ActionType.START_JOB
                ? start(answer.jobId())
                : stop(answer.jobId(), answer.commandId());
    }

    @Override
    public String toString() {
        String shortId = jobId.length() > 60 ? jobId.substring(0, 60) + "...(" + jobId.length() + " chars)" : jobId;
        return (action == ActionType.START_JOB ? "start " : "stop ") + "job '" + shortId + "'"
                + (action == ActionType.START_JOB ? "" : " command '" + abbreviate(commandId) + "'");
    }

    private static String abbreviate(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "...(" + text.length() + " chars)" : text;
    }
}
