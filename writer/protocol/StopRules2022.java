package writer.protocol;

import lib.wire.RunStop;

/** Stop checks of the 2022 writer: malformed stops and stops for other service ids are dropped silently. */
public final class StopRules2022 implements StopRules {

    @Override
    public Verdict check(RunStop stop, WriterView writer) {
        if (stop == null) {
            return new Verdict.Drop("not a valid 6s4t");
        }
        if (stop.jobId().isEmpty()) {
            return new Verdict.Drop("6s4t without job_id");
        }
        if (!stop.serviceId().equals(writer.ownServiceId())) {
            return new Verdict.Drop("addressed to service id \"" + stop.serviceId() + "\", not to this writer");
        }
        if (!writer.writing()) {
            return StopRules.reject(stop, 400, Replies.NOT_WRITING);
        }
        if (!stop.jobId().equals(writer.currentJobId())) {
            return StopRules.reject(stop, 400, Replies.stopJobIdMismatch2022(writer.currentJobId(), stop.jobId()));
        }
        if (!Uuids.isValid(stop.commandId())) {
            return StopRules.reject(stop, 400, Replies.invalidCommandId2022(stop.commandId()));
        }
        return new Verdict.Proceed();
    }
}
