package writer.protocol;

import lib.wire.RunStop;

/** Stop checks of the current writer: every stop that verifies is answered; service_id is not looked at. */
public final class StopRulesCurrent implements StopRules {

    @Override
    public Verdict check(RunStop stop, WriterView writer) {
        if (stop == null) {
            return new Verdict.Drop("not a valid 6s4t");
        }
        if (stop.jobId().isEmpty()) {
            return new Verdict.Reject(400, Replies.STOP_MISSING_JOB_ID, "", "", null);
        }
        if (!writer.writing()) {
            return StopRules.reject(stop, 400, Replies.NOT_WRITING);
        }
        if (!stop.jobId().equals(writer.currentJobId())) {
            return StopRules.reject(stop, 400, Replies.stopJobIdMismatchCurrent(writer.currentJobId(), stop.jobId()));
        }
        // An absent command_id reads as "" here: answered with this 400, where the real binary crashes.
        if (!Uuids.isValid(stop.commandId())) {
            return StopRules.reject(stop, 400, Replies.invalidCommandIdCurrent(stop.commandId()));
        }
        return new Verdict.Proceed();
    }
}
