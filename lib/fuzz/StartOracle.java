package lib.fuzz;

import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;
import lib.wire.Identifier;
import lib.wire.Profile;
import lib.wire.RunStart;

/**
 * The answer protocol.md promises to a message on the job pool (§4.2 for 2022, §4.3 for HEAD), from its content
 * alone: which checks it fails, in the documented order, and so whether it is dropped silently or answered, and with
 * which status. Where the outcome depends on things the protocol does not pin down (a file name the file system may
 * refuse, a structure of odd shape, an extreme time), both 201 and 500 are accepted.
 */
final class StartOracle {
    private static final Pattern PLAIN_FILE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,120}");
    private static final Pattern PLAIN_BROKER = Pattern.compile("[A-Za-z0-9.-]{1,200}:\\d{1,5}");
    private static final Pattern BROKER = Pattern.compile("[^:/,\\s]+(:\\d+)?");
    private static final long YEAR_2000_MS =
            Instant.parse("2000-01-01T00:00:00Z").toEpochMilli();
    private static final long YEAR_2100_MS =
            Instant.parse("2100-01-01T00:00:00Z").toEpochMilli();

    private final Profile profile;
    private final Set<String> existingTopics;
    private final Set<String> plainStructures;

    /**
     * @param existingTopics  control topics that exist (a start naming another may fail)
     * @param plainStructures structures known to start a job without trouble
     */
    StartOracle(Profile profile, Set<String> existingTopics, Set<String> plainStructures) {
        this.profile = profile;
        this.existingTopics = Set.copyOf(existingTopics);
        this.plainStructures = Set.copyOf(plainStructures);
    }

    /**
     * The promise for {@code bytes} sent to the pool; {@code fileTaken} says whether an earlier start may have
     * created the file it names already.
     */
    Expectation expect(byte[] bytes, boolean fileTaken) {
        if (!Identifier.has(bytes, RunStart.IDENTIFIER)) {
            // HEAD skips everything but pl72; 2022 handles a 6s4t there, but only one addressed to the writer.
            return Expectation.silent(null, "not a pl72: skipped (§1.1)");
        }
        Decoded<RunStart> decoded = Decoded.of(bytes, RunStart::parse);
        return switch (decoded.outcome()) {
            case REFUSED -> Expectation.silent(null, "does not verify as a pl72: dropped (§4.2 step 1, §4.3 step 0)");
            case UNCERTAIN -> Expectation.open(null, "verifies but holds text that is not UTF-8 (unspecified)");
            case OK -> profile == Profile.CURRENT
                    ? expectCurrent(decoded.message(), fileTaken)
                    : expect2022(decoded.message(), fileTaken);
        };
    }

    /** The file name a start asks for, or null if {@code bytes} is no readable pl72. */
    static String fileName(byte[] bytes) {
        Decoded<RunStart> decoded = Decoded.of(bytes, RunStart::parse);
        return decoded.outcome() == Decoded.Outcome.OK ? decoded.message().filename() : null;
    }

    private Expectation expectCurrent(RunStart start, boolean fileTaken) {
        if (start.jobId().isEmpty()
                || start.nexusStructure().isEmpty()
                || start.filename().isEmpty()) {
            return Expectation.reply(
                    ReplyKey.start(""),
                    Set.of(400),
                    "400 with blank ids: job_id, nexus_structure or filename empty" + " (§4.3 step 1)");
        }
        ReplyKey key = ReplyKey.start(start.jobId());
        if (!Uuids.valid(start.jobId())) {
            return Expectation.reply(key, Set.of(400), "400: job_id is not a valid UUID (§4.3 step 3)");
        }
        if (start.controlTopic().isEmpty()) {
            return Expectation.reply(key, Set.of(400), "400: control_topic empty (§4.3 step 4)");
        }
        return startOrFail(start, key, fileTaken, "§4.3 steps 5-6");
    }

    private Expectation expect2022(RunStart start, boolean fileTaken) {
        ReplyKey key = ReplyKey.start(start.jobId());
        if (start.jobId().isEmpty()
                || start.nexusStructure().isEmpty()
                || start.filename().isEmpty()
                || start.broker().isEmpty()) {
            return Expectation.silent(key, "job_id, nexus_structure, filename or broker empty: dropped (§4.2 step 1)");
        }
        if (!BROKER.matcher(start.broker()).matches()) {
            return Expectation.silent(key, "broker is not host[:port]: dropped (§4.2 step 1)");
        }
        if (!PLAIN_BROKER.matcher(start.broker()).matches()) {
            return Expectation.open(key, "a broker the protocol's host[:port] rule does not settle");
        }
        if (!Uuids.valid(start.jobId())) {
            return Expectation.reply(key, Set.of(400), "400: job_id is not a valid UUID (§4.2 step 4)");
        }
        return startOrFail(start, key, fileTaken, "§4.2 steps 6-7");
    }

    private Expectation startOrFail(RunStart start, ReplyKey key, boolean fileTaken, String steps) {
        if (JsonCheck.of(start.nexusStructure()) == JsonCheck.Verdict.INVALID) {
            return Expectation.reply(key, Set.of(500), "500: nexus_structure is not JSON (§5.1, " + steps + ")");
        }
        if (fileTaken) {
            return Expectation.reply(key, Set.of(500), "500: the file exists already (" + steps + ")");
        }
        String unsettled = unsettled(start);
        if (unsettled != null) {
            return Expectation.reply(key, Set.of(201, 500), "201 or 500: " + unsettled + " (" + steps + ")");
        }
        return Expectation.reply(key, Set.of(201), "201: a valid start (" + steps + ")");
    }

    /** What makes a start's success depend on more than the protocol says, or null for a plain start. */
    private String unsettled(RunStart start) {
        if (!plainStructures.contains(start.nexusStructure())) {
            return "a structure of unusual shape";
        }
        if (!PLAIN_FILE_NAME.matcher(start.filename()).matches()) {
            return "a file name the file system may refuse";
        }
        if (!existingTopics.contains(start.controlTopic())
                && !(profile == Profile.P2022 && start.controlTopic().isEmpty())) {
            return "a control topic that may not exist";
        }
        if (profile == Profile.CURRENT && !start.instrumentName().isEmpty()) {
            return "an instrument name, which asks for a template file";
        }
        if (!ordinaryTime(start.startTime()) || !ordinaryTime(start.stopTime())) {
            return "an extreme start or stop time";
        }
        return null;
    }

    private static boolean ordinaryTime(Instant timeOrNull) {
        if (timeOrNull == null) {
            return true;
        }
        long ms = timeOrNull.toEpochMilli();
        return ms >= YEAR_2000_MS && ms < YEAR_2100_MS;
    }
}
