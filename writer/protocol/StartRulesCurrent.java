package writer.protocol;

import lib.wire.RunStart;

/** Start checks of the current writer (protocol.md §4.3): everything that verifies as a pl72 gets an answ. */
public final class StartRulesCurrent implements StartRules {

    @Override
    public Verdict check(RunStart start, StartOrigin origin, WriterView writer) {
        if (start == null) {
            return new Verdict.Drop("not a valid pl72");
        }
        if (origin != StartOrigin.POOL) {
            return new Verdict.Drop("the current writer takes starts only from the job pool");
        }
        String missing = missingFields(start);
        if (!missing.isEmpty()) {
            return new Verdict.Reject(
                    400, Replies.START_PARSE_ERROR + missing, "", "", StartRules.replyStopTime(start));
        }
        if (writer.writing()) {
            return reject(start, Replies.ALREADY_WRITING);
        }
        if (!Uuids.isValid(start.jobId())) {
            return reject(start, Replies.invalidStartJobId(start.jobId()));
        }
        if (start.controlTopic().isEmpty()) {
            return reject(start, Replies.EMPTY_CONTROL_TOPIC);
        }
        return new Verdict.Proceed();
    }

    /** One line per missing required field, each ending with a newline, as the real writer lists them. */
    private static String missingFields(RunStart start) {
        StringBuilder lines = new StringBuilder();
        if (start.jobId().isEmpty()) {
            lines.append("Job ID missing, this field is required\n");
        }
        if (start.nexusStructure().isEmpty()) {
            lines.append("NeXus Structure missing, this field is required\n");
        }
        if (start.filename().isEmpty()) {
            lines.append("Filename missing, this field is required\n");
        }
        return lines.toString();
    }

    private static Verdict reject(RunStart start, String message) {
        return new Verdict.Reject(400, message, start.jobId(), start.jobId(), StartRules.replyStopTime(start));
    }
}
