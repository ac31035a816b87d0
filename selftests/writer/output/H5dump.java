package selftests.writer.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A second, independent reader: every file the tests write must also dump cleanly with the HDF Group's
 * h5dump (Debian hdf5-tools), when it is installed.
 */
final class H5dump {
    private H5dump() {}

    static boolean available() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String folder : path.split(java.io.File.pathSeparator)) {
            if (!folder.isEmpty() && Files.isExecutable(Path.of(folder, "h5dump"))) {
                return true;
            }
        }
        return false;
    }

    /** Dumps the whole file (data included) and asserts that h5dump succeeds. */
    static void assertReadable(Path file) {
        if (!available()) {
            return;
        }
        try {
            Path output = Files.createTempFile("h5dump", ".txt");
            try {
                Process process = new ProcessBuilder("h5dump", file.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
                String text = Files.readString(output);
                assertThat(process.exitValue())
                        .as(
                                "h5dump %s exit code; its output ends with:%n%s",
                                file, text.substring(Math.max(0, text.length() - 2000)))
                        .isZero();
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not run h5dump on " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running h5dump", e);
        }
    }
}
