package writer.protocol;

import java.time.Instant;

/** What the writer does with a command after its checks: drop it silently, reject it with an answ, or carry on. */
public sealed interface Verdict {

    /** Logged, nothing published. */
    record Drop(String reason) implements Verdict {}

    /**
     * Answered with a failure; jobId, commandId and stopTime are what the answ carries (they differ from the
     * command's own fields in a few documented cases).
     */
    record Reject(int statusCode, String message, String jobId, String commandId, Instant stopTime)
            implements Verdict {}

    /** Every check passed. */
    record Proceed() implements Verdict {}
}
