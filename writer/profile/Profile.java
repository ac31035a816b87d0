package writer.profile;

import java.util.Locale;

/** Which era of kafka-to-nexus the writer behaves like (protocol.md §0). */
public enum Profile {
    CURRENT,
    P2022;

    /** Parses the command-line spelling: "current" or "2022". */
    public static Profile parse(String text) {
        switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "current":
            case "head":
                return CURRENT;
            case "2022":
                return P2022;
            default:
                throw new IllegalArgumentException("unknown profile '" + text + "'; use current or 2022");
        }
    }
}
