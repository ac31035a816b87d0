package writer.protocol;

import java.time.Instant;
import lib.wire.RunStart;
import writer.common.Profile;

/** The checks a pl72 passes before a job starts, in the profile's documented order (protocol.md §4.2, §4.3). */
public interface StartRules {

    /**
     * @param startOrNull the decoded pl72, null when the buffer did not verify as one
     */
    Verdict check(RunStart startOrNull, StartOrigin origin, WriterView writer);

    static StartRules of(Profile profile) {
        return profile == Profile.P2022 ? new StartRules2022() : new StartRulesCurrent();
    }

    /** The start answ's stop_time: the requested stop, or the "no stop time" value. */
    static Instant replyStopTime(RunStart start) {
        return start.stopTime() == null ? Replies.NO_STOP_TIME : start.stopTime();
    }
}
