package lib.writers;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lib.logs.LogTail;

/** Builds the reference writer once, so N writers starting together do not all compile it at the same time. */
public final class ReferenceWriterBuild {
    private static final long BUILD_TIMEOUT_MINUTES = 10;

    private ReferenceWriterBuild() {}

    public static void prepare(Path repoRoot, Path log) {
        List<String> command = List.of(repoRoot.resolve("jbang").toString(), "build", "file_writer.java");
        try {
            Process build = new ProcessBuilder(command)
                    .directory(repoRoot.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            if (!build.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                build.destroyForcibly();
                throw new WriterStartException(
                        "building the reference writer took over " + BUILD_TIMEOUT_MINUTES + " minutes; see " + log);
            }
            if (build.exitValue() != 0) {
                throw new WriterStartException("./jbang build file_writer.java failed with status " + build.exitValue()
                        + "; last lines of " + log + ":\n" + LogTail.lastLines(log, 15));
            }
        } catch (IOException e) {
            throw new WriterStartException("could not run " + String.join(" ", command) + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriterStartException("interrupted while building the reference writer");
        }
    }
}
