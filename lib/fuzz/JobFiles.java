package lib.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lib.nexus.NexusFile;

/** Opens the file of a job the fuzzer ran, once its writer has closed it; one that does not open is a problem. */
final class JobFiles {
    private static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);

    List<Problem> check(int writer, Path file) {
        try (NexusFile nexus = NexusFile.open(file, OPEN_TIMEOUT)) {
            if (nexus.node("/entry").isEmpty()) {
                return List.of(Problem.hang(writer, "the file " + file + " has no /entry"));
            }
            return List.of();
        } catch (AssertionError | RuntimeException e) {
            return List.of(Problem.hang(writer, "the file " + file + " does not open: " + e.getMessage()));
        }
    }
}
