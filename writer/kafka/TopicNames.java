package writer.kafka;

import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.internals.Topic;

/**
 * Kafka's rule for topic names, checked before a name reaches a client: a consumer asked about a name the broker
 * cannot take (longer than 249 characters, say) keeps the name in its metadata requests, and every later look-up
 * fails with "'name' field is too long to be serialized" (found by fuzz_writer.java).
 */
public final class TopicNames {
    private static final int QUOTED_LENGTH = 40;

    private TopicNames() {}

    /** Null if {@code name} is a valid topic name, else why not, with the name quoted (shortened if long). */
    public static String problemOrNull(String name) {
        try {
            Topic.validate(name);
            return null;
        } catch (InvalidTopicException e) {
            return "\"" + shortened(name) + "\" (" + name.length() + " characters) is not a valid Kafka topic name:"
                    + " 1 to 249 of a-z, A-Z, 0-9, '.', '_' and '-', and not \".\" or \"..\"";
        }
    }

    /** The first characters of a long name; a surrogate pair is never cut in half. */
    private static String shortened(String name) {
        if (name.codePointCount(0, name.length()) <= QUOTED_LENGTH) {
            return name;
        }
        return name.substring(0, name.offsetByCodePoints(0, QUOTED_LENGTH)) + "...";
    }
}
