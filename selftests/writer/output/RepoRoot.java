package selftests.writer.output;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root: the first folder upwards from the working directory that holds file_writer.java. */
final class RepoRoot {
    private RepoRoot() {}

    static Path path() {
        Path folder = Path.of("").toAbsolutePath();
        while (folder != null) {
            if (Files.isRegularFile(folder.resolve("file_writer.java"))
                    && Files.isRegularFile(folder.resolve("jbang"))) {
                return folder;
            }
            folder = folder.getParent();
        }
        throw new IllegalStateException("no file_writer.java above "
                + Path.of("").toAbsolutePath() + "; run the self-tests from the repository");
    }
}
