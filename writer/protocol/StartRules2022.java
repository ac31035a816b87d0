package writer.protocol;

import java.util.regex.Pattern;
import lib.wire.RunStart;

/** Start checks of the 2022 writer (protocol.md §4.2): malformed or misaddressed starts are dropped silently. */
public final class StartRules2022 implements StartRules {
    private static final Pattern BROKER = Pattern.compile("[^:/,\\s]+(:\\d+)?(,[^:/,\\s]+(:\\d+)?)*");

    @Override
    public Verdict check(RunStart start, StartOrigin origin, WriterView writer) {
        if (start == null) {
            return new Verdict.Drop("not a valid pl72");
        }
        if (start.jobId().isEmpty()
                || start.nexusStructure().isEmpty()
                || start.filename().isEmpty()
                || start.broker().isEmpty()) {
            return new Verdict.Drop("job_id, nexus_structure, filename or broker is empty");
        }
        if (!BROKER.matcher(start.broker()).matches()) {
            return new Verdict.Drop("broker \"" + start.broker() + "\" is not host[:port]");
        }
        boolean addressedToMe = start.serviceId().equals(writer.ownServiceId());
        if (origin == StartOrigin.POOL && addressedToMe) {
            return new Verdict.Drop("a pool job addressed to this writer's own service id");
        }
        if (origin == StartOrigin.COMMAND_TOPIC && !addressedToMe) {
            return new Verdict.Drop("addressed to service id \"" + start.serviceId() + "\", not to this writer");
        }
        if (writer.writing()) {
            return reject(start, Replies.ALREADY_WRITING);
        }
        if (!Uuids.isValid(start.jobId())) {
            return reject(start, Replies.invalidStartJobId(start.jobId()));
        }
        if (!start.controlTopic().isEmpty() && origin == StartOrigin.COMMAND_TOPIC) {
            return reject(start, Replies.alternativeTopicNotFromPool(start.controlTopic()));
        }
        return new Verdict.Proceed();
    }

    private static Verdict reject(RunStart start, String message) {
        return new Verdict.Reject(400, message, start.jobId(), start.jobId(), StartRules.replyStopTime(start));
    }
}
