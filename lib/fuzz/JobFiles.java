package lib.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lib.nexus.NexusFile;

/**
 * Opens the file of a job the fuzzer ran, once its writer has closed it; a file that does not open, or lacks a node
 * its structure asked for, is a problem of the writer.
 */
final class JobFiles {
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);

    private JobFiles() {}

    /** Every job's structure has /entry. */
    static List<Problem> check(int writer, Path file) {
        return check(writer, file, "/entry");
    }

    static List<Problem> check(int writer, Path file, String node) {
        try (NexusFile nexus = NexusFile.open(file, OPEN_TIMEOUT)) {
            if (nexus.node(node).isEmpty()) {
                return List.of(Problem.hang(writer, "the file " + file + " has no " + node));
            }
            return List.of();
        } catch (AssertionError | RuntimeException e) {
            return List.of(Problem.hang(writer, "the file " + file + " does not open: " + e.getMessage()));
        }
    }
}
