package selftests.images;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code ./jbang build_image.java ...} as a user does and collects what it printed. */
final class BuildImageScript {
    private BuildImageScript() {}

    /**
     * How a run ended.
     *
     * @param exitCode its exit code
     * @param out its standard output
     * @param err its standard error, without JBang's own lines
     * @param elapsed how long it took
     */
    record Outcome(int exitCode, String out, String err, Duration elapsed) {
        List<String> errorLines() {
            return err.lines().filter(line -> !line.isBlank()).toList();
        }
    }

    static Outcome run(String... arguments) {
        return run(Map.of(), Duration.ofMinutes(2), arguments);
    }

    static Outcome run(Map<String, String> environment, Duration timeout, String... arguments) {
        Path repo = ImageFixtures.repoRoot();
        List<String> command = new ArrayList<>(List.of(repo.resolve("jbang").toString(), "build_image.java"));
        command.addAll(List.of(arguments));
        try {
            Path out = Files.createTempFile("build_image-", ".out");
            Path err = Files.createTempFile("build_image-", ".err");
            try {
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(repo.toFile())
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().putAll(environment);
                long start = System.nanoTime();
                Process process = builder.start();
                if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    process.destroy();
                    process.waitFor(30, TimeUnit.SECONDS);
                    throw new AssertionError(String.join(" ", command) + " took over " + timeout.toSeconds()
                            + " s; its output:\n" + Files.readString(out) + Files.readString(err));
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                String errors = String.join(
                        "\n",
                        Files.readString(err)
                                .lines()
                                .filter(line -> !line.startsWith("[jbang]"))
                                .toList());
                Outcome outcome = new Outcome(process.exitValue(), Files.readString(out), errors, elapsed);
                System.out.println("[build_image.java " + String.join(" ", arguments) + "] exit " + outcome.exitCode()
                        + " in " + elapsed.toMillis() + " ms\n" + outcome.out() + outcome.err());
                return outcome;
            } finally {
                Files.deleteIfExists(out);
                Files.deleteIfExists(err);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
