package lib.wire;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which era of kafka-to-nexus a writer behaves like (protocol.md §0): the one profile type of the project, used by
 * the runner's {@code --profile}, the tests' {@code @Era}, the writers' command lines and the reference writer.
 */
public enum Profile {
    /** The writer's current main branch (HEAD). */
    CURRENT("current"),
    /** The writer's 2022 release. */
    P2022("2022");

    private final String label;

    Profile(String label) {
        this.label = label;
    }

    /** Parses the command-line spelling: "current" (or "head") or "2022". */
    public static Profile parse(String text) {
        String spelling = text.trim().toLowerCase(Locale.ROOT);
        if (spelling.equals("head")) {
            return CURRENT;
        }
        return Arrays.stream(values())
                .filter(profile -> profile.label.equals(spelling))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown profile '" + text + "'; use "
                        + Arrays.stream(values()).map(Profile::label).collect(Collectors.joining(" or "))));
    }

    /** The command-line spelling of this profile. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
