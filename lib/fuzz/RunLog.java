package lib.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/** The run's own lines: printed, and kept in the run folder's summary.txt (findings also in findings.txt). */
final class RunLog {
    private final Path summary;
    private final Path findings;

    RunLog(Path runFolder) {
        this.summary = runFolder.resolve("summary.txt");
        this.findings = runFolder.resolve("findings.txt");
    }

    void say(String line) {
        System.out.println(line);
        append(summary, line);
    }

    /** A finding: said, and written to findings.txt too. */
    void finding(String text) {
        say(text);
        append(findings, text);
    }

    private static void append(Path file, String text) {
        try {
            Files.writeString(file, text + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.err.println("could not write " + file + ": " + e.getMessage());
        }
    }
}
