package lib.fuzz;

import java.time.Instant;
import java.util.Set;
import lib.wire.Identifier;
import lib.wire.Profile;
import lib.wire.RunStart;
import lib.wire.RunStop;

/**
 * The answer protocol.md §4.4 promises to a message on the control topic of a running job, and what it does to the
 * job: stops are checked in the profile's order; a stop-now or a stop time in the past ends the job; anything that
 * is not a stop is ignored (HEAD acts on 6s4t only; 2022 also on a pl72 addressed to the writer).
 */
final class StopOracle {
    /** What an input does to the job, so the command batch knows when to start a new one. */
    enum Effect {
        CONTINUES,
        ENDS,
        MAY_END
    }

    record Verdict(Expectation expectation, Effect effect) {}

    /** The last stop time whose milliseconds a writer keeping nanoseconds in 64 bits can hold (2262-04-11). */
    static final long LAST_REPRESENTABLE_MS = 9_223_372_036_854L;

    private final Profile profile;

    StopOracle(Profile profile) {
        this.profile = profile;
    }

    /** Judges {@code bytes} arriving while {@code job} runs; updates the job's known stop time. */
    Verdict judge(byte[] bytes, JobModel job, Instant now) {
        if (Identifier.has(bytes, RunStart.IDENTIFIER) && profile == Profile.P2022) {
            return continues(startWhileWriting(bytes, job));
        }
        if (!Identifier.has(bytes, RunStop.IDENTIFIER)) {
            return continues(Expectation.silent(null, "not a 6s4t: ignored (§1.2)"));
        }
        Decoded<RunStop> decoded = Decoded.of(bytes, RunStop::parse);
        if (decoded.outcome() == Decoded.Outcome.REFUSED) {
            return continues(Expectation.silent(null, "does not verify as a 6s4t: dropped (§4.4 step 1)"));
        }
        if (decoded.outcome() == Decoded.Outcome.UNCERTAIN) {
            return continues(Expectation.open(null, "verifies but holds text that is not UTF-8 (unspecified)"));
        }
        RunStop stop = decoded.message();
        ReplyKey key = ReplyKey.stop(stop.jobId(), stop.commandId());
        if (profile == Profile.CURRENT && stop.jobId().isEmpty()) {
            return continues(Expectation.reply(
                    ReplyKey.stop("", ""), Set.of(400), "400 with blank ids: job_id empty (§4.4 HEAD step 1)"));
        }
        if (profile == Profile.P2022 && stop.jobId().isEmpty()) {
            return continues(Expectation.silent(key, "job_id empty: dropped (§4.4 2022 step 1)"));
        }
        if (profile == Profile.P2022 && !stop.serviceId().equals(job.serviceId())) {
            return continues(Expectation.silent(key, "service_id is not the writer's: dropped (§4.4 2022 step 2)"));
        }
        if (!stop.jobId().equals(job.jobId())) {
            return continues(Expectation.reply(key, Set.of(400), "400: job_id is not the running job's (§4.4)"));
        }
        if (!Uuids.valid(stop.commandId())) {
            return continues(Expectation.reply(key, Set.of(400), "400: command_id is not a valid UUID (§4.4)"));
        }
        return accepted(stop, key, job, now);
    }

    private Verdict accepted(RunStop stop, ReplyKey key, JobModel job, Instant now) {
        if (stop.stopTime() == null) {
            return new Verdict(Expectation.reply(key, Set.of(201), "201: stop now (§4.4)"), Effect.ENDS);
        }
        long ms = stop.stopTime().toEpochMilli();
        if (job.stopOrNull() != null && job.stopOrNull().isBefore(now)) {
            return continues(Expectation.reply(key, Set.of(500), "500: the stop time has passed already (§4.4)"));
        }
        if (ms < 0 || ms > LAST_REPRESENTABLE_MS) {
            // The batch watches whether the job ends, and records a stop time ahead if it does not.
            return new Verdict(
                    Expectation.reply(key, Set.of(201, 500), "201 or 500: a stop time past 2262 or below 0"),
                    Effect.MAY_END);
        }
        job.setStop(stop.stopTime());
        Expectation set = Expectation.reply(key, Set.of(201), "201: stop time set (§4.4)");
        return new Verdict(set, stop.stopTime().isAfter(now) ? Effect.CONTINUES : Effect.ENDS);
    }

    /** 2022 reads a pl72 on the command topic too: addressed to the writer it is refused (already writing). */
    private Expectation startWhileWriting(byte[] bytes, JobModel job) {
        Decoded<RunStart> decoded = Decoded.of(bytes, RunStart::parse);
        if (decoded.outcome() != Decoded.Outcome.OK) {
            return decoded.outcome() == Decoded.Outcome.REFUSED
                    ? Expectation.silent(null, "does not verify as a pl72: dropped (§4.2 step 1)")
                    : Expectation.open(null, "verifies but holds text that is not UTF-8 (unspecified)");
        }
        RunStart start = decoded.message();
        ReplyKey key = ReplyKey.start(start.jobId());
        if (start.jobId().isEmpty()
                || start.nexusStructure().isEmpty()
                || start.filename().isEmpty()
                || start.broker().isEmpty()
                || !start.serviceId().equals(job.serviceId())) {
            return Expectation.silent(key, "a pl72 not addressed to the writer: dropped (§4.2 steps 1-2)");
        }
        return Expectation.open(key, "a pl72 addressed to the writing writer (§4.2 step 3)");
    }

    /**
     * A stop sent to a job's control topic before the job's start (a reordered pair): HEAD reads the control topic
     * from the job's start time and so sees it (§1.3); 2022 subscribes at the latest offset and never does. Other
     * jobs of reordered pairs that started no later read it as well and answer 400.
     */
    Expectation stopBeforeStart(byte[] stopBytes) {
        RunStop stop = RunStop.parse(stopBytes);
        ReplyKey key = ReplyKey.stop(stop.jobId(), stop.commandId());
        Expectation promise = profile == Profile.CURRENT
                ? Expectation.reply(key, Set.of(201), "201: a stop sent before its job started is read (§1.3)")
                : Expectation.silent(key, "a stop sent before its job started is missed: 2022 reads at latest (§1.3)");
        return promise.readByOtherJobs();
    }

    private static Verdict continues(Expectation expectation) {
        return new Verdict(expectation, Effect.CONTINUES);
    }
}
