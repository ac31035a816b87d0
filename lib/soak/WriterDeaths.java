package lib.soak;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lines of a run's output that say a writer died: the runner's report of a writer that exited or was killed by a
 * signal (decisions G4), a crash the JVM or libc printed, a core dump.
 */
public final class WriterDeaths {
    private static final Pattern DEATH = Pattern.compile(
            "(?i)(writer[^\\n]*(exited with|died|killed|by signal|terminated))|SIGSEGV|SIGABRT|SIGBUS|core dumped"
                    + "|corrupted double-linked list|free\\(\\): |A fatal error has been detected");

    private WriterDeaths() {}

    public static List<String> in(String output) {
        return output.lines().filter(line -> DEATH.matcher(line).find()).toList();
    }
}
