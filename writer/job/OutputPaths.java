package writer.job;

import java.nio.file.Path;
import writer.common.Profile;

/** Where a job's file goes (protocol.md §4.1): the prefix rules differ between the profiles. */
public final class OutputPaths {
    private OutputPaths() {}

    /**
     * 2022: prefix + "/" + filename, or the filename alone without a prefix. Current: the prefix joined with the
     * filename's relative part (leading slashes dropped).
     */
    public static String resolve(Profile profile, String prefix, String filename) {
        if (profile == Profile.P2022) {
            return prefix.isEmpty() ? filename : prefix + "/" + filename;
        }
        String relative = filename.replaceFirst("^/+", "");
        return prefix.isEmpty() ? relative : Path.of(prefix).resolve(relative).toString();
    }
}
