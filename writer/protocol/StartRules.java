package writer.protocol;

import java.time.Instant;
import lib.wire.RunStart;

/** The checks a pl72 passes before a job starts, in the profile's documented order (protocol.md §4.2, §4.3). */
public interface StartRules {

    /**
     * @param startOrNull the decoded pl72, null when the buffer did not verify as one
     */
    Verdict check(RunStart startOrNull, StartOrigin origin, WriterView writer);

    /** The start answ's stop_time: the requested stop, or the "no stop time" value. */
    static Instant replyStopTime(RunStart start) {
        return start.stopTime() == null ? Replies.NO_STOP_TIME : start.stopTime();
    }
}
