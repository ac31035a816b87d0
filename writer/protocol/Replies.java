package writer.protocol;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The exact reply texts of kafka-to-nexus (protocol.md §4.2 to §4.4); tests and controllers match on them. */
public final class Replies {
    /** The largest time kafka-to-nexus can represent (int64 ns), used for "no stop time". */
    public static final Instant NO_STOP_TIME = Instant.ofEpochMilli(9_223_372_036_854L);

    private static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private Replies() {}

    /** UTC {@code YYYY-MM-DDTHH:MM:SS.mmmZ}; null (no stop time) prints as the largest representable time. */
    public static String utc(Instant timeOrNull) {
        return UTC_MILLIS.format(timeOrNull == null ? NO_STOP_TIME : timeOrNull);
    }

    public static String started(Instant start, Instant stopOrNull) {
        return "Started write job with start time " + utc(start) + " and stop time " + utc(stopOrNull) + ".";
    }

    public static String startFailed(String detail) {
        return "Failed to start filewriting job. The failure message was: " + wellFormed(detail);
    }

    /**
     * The text with each unpaired half of a surrogate pair replaced by U+FFFD. A parser's message may quote half a pair
     * (Jackson on a structure that starts with an emoji), flatbuffers refuses to encode one, and a reply that cannot
     * be built is never sent (found by fuzz_writer.java).
     */
    public static String wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length());
                text.codePoints().forEach(c -> out.appendCodePoint(isLoneSurrogate(c) ? 0xFFFD : c));
                return out.toString();
            }
        }
        return text;
    }

    /** Paired surrogates come out of codePoints() as one code point above U+FFFF; halves keep their own value. */
    private static boolean isLoneSurrogate(int codePoint) {
        return codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE;
    }

    static final String ALREADY_WRITING = "Rejected start command as there is currently a write job in progress.";

    static String invalidStartJobId(String jobId) {
        return "Rejected start command as the job id was invalid (it was: \"" + jobId + "\").";
    }

    static String alternativeTopicNotFromPool(String topic) {
        return "Rejected new/alternative command topic (\"" + topic + "\") as the job was not received from job pool.";
    }

    static final String EMPTY_CONTROL_TOPIC = "Rejected start job as control topic was empty.";

    static final String START_PARSE_ERROR = "Failed to extract start command from flatbuffer. The error was: "
            + "Errors encountered parsing run start message:\n";

    static final String STOP_MISSING_JOB_ID = "Failed to extract stop command from flatbuffer. The error was: "
            + "Errors encountered parsing run stop message:\nJob ID missing, this field is required";

    static final String NOT_WRITING = "Rejected stop command as there is currently no write job in progress.";

    static String stopJobIdMismatch2022(String current, String given) {
        return "Rejected stop command as the job id was invalid (It should be " + current + ", it was: " + given + ").";
    }

    static String stopJobIdMismatchCurrent(String current, String given) {
        return "Rejected stop command as the job ID did not match (localID is " + current + ", job ID was: " + given
                + ").";
    }

    static String invalidCommandId2022(String id) {
        return "Rejected stop command as the command id was invalid (it was: " + id + ").";
    }

    static String invalidCommandIdCurrent(String id) {
        return "Rejected stop command as the command ID was invalid (it was: " + id + ").";
    }

    public static final String STOPPING_NOW = "Attempting to stop writing job now.";

    public static String stopTimeSet(Instant stop) {
        return "File writing job stop time set to: " + utc(stop);
    }

    public static String stopFailed(String detail) {
        return "Failed to execute stop command. The failure message was: " + wellFormed(detail);
    }

    public static final String STOP_TIME_ALREADY_PASSED =
            "Unable to set a new stop time as the stop time has already been passed.";

    public static String missingTopic(String source, String topic) {
        return "Unable to set up consumer for source " + source + " on topic " + topic
                + " as this topic does not exist. ";
    }
}
