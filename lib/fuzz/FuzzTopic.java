package lib.fuzz;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import lib.cli.UsageException;

/** The three kinds of topic a writer reads, each fuzzed in batches of its own ({@code --topics}). */
public enum FuzzTopic {
    /** The job pool: run starts for idle writers. */
    POOL,
    /** The control topic of a running job: stops and anything else arriving there. */
    COMMAND,
    /** A data topic a running job reads. */
    DATA;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Reads {@code --topics}: a comma-separated list of pool, command, data. */
    public static Set<FuzzTopic> parseList(String text) {
        Set<FuzzTopic> topics = EnumSet.noneOf(FuzzTopic.class);
        for (String word : text.split(",")) {
            String label = word.trim().toLowerCase(Locale.ROOT);
            topics.add(Arrays.stream(values())
                    .filter(topic -> topic.label().equals(label))
                    .findFirst()
                    .orElseThrow(() -> new UsageException("--topics " + text + ": '" + word.trim()
                            + "' is not one of "
                            + Arrays.stream(values()).map(FuzzTopic::label).collect(Collectors.joining(", ")))));
        }
        return topics;
    }
}
