package lib.writers;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lib.logs.LogTail;

/**
 * Builds the reference writer once, so N writers starting together do not all compile it at the same time; the
 * launch it ends with is cached ({@link ReferenceWriterLaunch}), so a run after no edit of the writer runs no JBang.
 */
public final class ReferenceWriterBuild {
    private static final long BUILD_TIMEOUT_MINUTES = 10;

    private ReferenceWriterBuild() {}

    /** Makes sure the writer is built and its launch known; JBang's output of a build goes to {@code log}. */
    public static ReferenceWriterLaunch prepare(Path repoRoot, Path log) {
        return ReferenceWriterLaunch.resolve(repoRoot, log);
    }

    /** Runs {@code ./jbang args} in the repository: its stderr goes to {@code log}, its stdout is returned. */
    static String run(Path repoRoot, List<String> args, Path log) {
        List<String> command = new ArrayList<>(List.of(repoRoot.resolve("jbang").toString()));
        command.addAll(args);
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            Process jbang = new ProcessBuilder(command)
                    .directory(repoRoot.toFile())
                    .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> readAll(jbang));
            if (!jbang.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                jbang.destroyForcibly();
                throw new WriterStartException("./jbang " + String.join(" ", args) + " took over "
                        + BUILD_TIMEOUT_MINUTES + " minutes; see " + log);
            }
            if (jbang.exitValue() != 0) {
                throw new WriterStartException("./jbang " + String.join(" ", args) + " failed with status "
                        + jbang.exitValue() + "; last lines of " + log + ":\n" + LogTail.lastLines(log, 15));
            }
            return output.join();
        } catch (IOException e) {
            throw new WriterStartException("could not run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriterStartException("interrupted while building the reference writer");
        }
    }

    private static String readAll(Process process) {
        try {
            return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
