package writer.protocol;

import lib.wire.RunStop;

/** The checks a 6s4t passes before it stops a job or sets its stop time (protocol.md §4.4). */
public interface StopRules {

    /** @param stopOrNull the decoded 6s4t, null when the buffer did not verify as one */
    Verdict check(RunStop stopOrNull, WriterView writer);

    /** The answ of a stop copies job_id, command_id and stop_time from the 6s4t. */
    static Verdict reject(RunStop stop, int statusCode, String message) {
        return new Verdict.Reject(statusCode, message, stop.jobId(), stop.commandId(), stop.stopTime());
    }
}
