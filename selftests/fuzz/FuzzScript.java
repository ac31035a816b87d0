package selftests.fuzz;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import selftests.runner.RunnerProcess;

/** Runs {@code ./jbang fuzz_writer.java ...} as a user does and returns its exit code and output. */
final class FuzzScript {
    private FuzzScript() {}

    static RunnerProcess.Outcome run(Duration timeout, String... args) {
        try {
            return RunnerProcess.runScript("fuzz_writer.java", Map.of(), timeout, args);
        } catch (IOException e) {
            throw new IllegalStateException("could not run fuzz_writer.java: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while fuzz_writer.java ran", e);
        }
    }
}
