package selftests.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import lib.cli.RepoRoot;
import lib.kafka.FileTrees;

/**
 * A folder that the scripts take for this repository (it holds run_tests.java and lib/), with a config-files/ of its
 * own, so a test can give a script a missing or broken file there without touching the real one. Everything else
 * links to the repository; tests/ is a copy, because the runner compiles what it finds and does not follow a link.
 * Run a script in it with {@link RunnerProcess#runScriptIn}. Closing it deletes the folder and its links (not what
 * they point at; JUnit's {@code @TempDir} would do the same, with a warning per link).
 */
public final class RepositoryVariant implements AutoCloseable {
    private static final List<String> LINKED = List.of("run_tests.java", "build_image.java", "lib", "jbang");

    private final Path folder;

    private RepositoryVariant(Path folder) {
        this.folder = folder;
    }

    /** Makes a variant in a new temporary folder. */
    public static RepositoryVariant create() {
        Path repo = RepoRoot.of("run_tests.java");
        Path folder;
        try {
            folder = Files.createTempDirectory("fwst-repository-");
            for (String name : LINKED) {
                Files.createSymbolicLink(folder.resolve(name), repo.resolve(name));
            }
            copy(repo.resolve("tests"), folder.resolve("tests"));
            Path configFiles = Files.createDirectory(folder.resolve("config-files"));
            try (Stream<Path> files = Files.list(repo.resolve("config-files"))) {
                for (Path file : files.toList()) {
                    Files.createSymbolicLink(configFiles.resolve(file.getFileName()), file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not make a variant of the repository", e);
        }
        return new RepositoryVariant(folder);
    }

    @Override
    public void close() throws IOException {
        FileTrees.delete(folder);
    }

    public Path folder() {
        return folder;
    }

    /** Takes {@code config-files/<name>} away. */
    public RepositoryVariant withoutConfigFile(String name) {
        try {
            Files.delete(folder.resolve("config-files").resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Puts {@code text} in the place of {@code config-files/<name>} (a path inside it, such as recipes/x.recipe). */
    public RepositoryVariant withConfigFile(String name, String text) {
        Path file = folder.resolve("config-files").resolve(name);
        try {
            Path top = folder.resolve("config-files").resolve(Path.of(name).getName(0));
            if (Files.isSymbolicLink(top) && !top.equals(file)) {
                // A file inside a linked folder: the folder becomes a copy first.
                Path target = Files.readSymbolicLink(top);
                Files.delete(top);
                copy(target, top);
            }
            Files.deleteIfExists(file);
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()));
            }
        }
    }
}
