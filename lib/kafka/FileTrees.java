package lib.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Deleting folder trees the broker leaves behind. */
final class FileTrees {
    private FileTrees() {}

    static void delete(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete " + root, e);
        }
    }

    static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (UncheckedIOException e) {
            System.err.println(e.getMessage() + ": " + e.getCause());
        }
    }
}
