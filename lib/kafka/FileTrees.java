package lib.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Deleting folder trees: the broker's storage, old run folders, the writer's warm-up file. A helper of Kafka's
 * because the reference writer may use lib/kafka beside lib/wire (and this file needs nothing but the JDK).
 */
public final class FileTrees {
    private FileTrees() {}

    /** Deletes {@code root} and everything below it; nothing if it does not exist. */
    public static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** As {@link #delete}, saying on stderr what could not be deleted instead of throwing. */
    public static void deleteQuietly(Path root) {
        try {
            delete(root);
        } catch (IOException | RuntimeException e) {
            System.err.println("could not delete " + root + ": " + e);
        }
    }
}
