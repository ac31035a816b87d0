package selftests.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import lib.cli.RepoRoot;

/** The image self-tests' resources, and copies of them the tests may change. */
final class ImageFixtures {
    private ImageFixtures() {}

    static Path repoRoot() {
        return RepoRoot.of("build_image.java");
    }

    static Path resource(String name) {
        return repoRoot().resolve("selftests/images/resources").resolve(name);
    }

    /** Copies a folder tree, or one file, keeping modes (the executable bit counts in the hashes). */
    static Path copyTree(Path from, Path to) {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.sorted().toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    // A file may be listed without its folder (the reference writer's lib/kafka/FileTrees.java).
                    Files.createDirectories(target.getParent());
                    Files.copy(path, target, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException("could not copy " + from + " to " + to, e);
        }
    }

    /** Writes {@code text} to {@code file} (replacing it). */
    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
