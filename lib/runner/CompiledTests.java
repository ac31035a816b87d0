package lib.runner;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import lib.cache.CacheFolder;
import lib.cache.ContentHash;
import lib.kafka.FileTrees;

/**
 * The compiled classes of {@code tests/} or {@code selftests/}, kept in the user's cache under a hash of the sources
 * and of the classpath they were compiled against (each entry's path, size and modification time: an edit of
 * {@code lib/} gives the runner a new jar), so a run after no edit compiles nothing and an edit compiles again.
 */
public final class CompiledTests {
    private static final int KEPT = 24;

    private CompiledTests() {}

    /** The folder of the compiled classes; {@code fresh} when this run compiled them. */
    public record Classes(Path folder, boolean fresh) {}

    /** A folder holding the compiled sources of {@code sourceFolder}, compiling them if no cached one matches. */
    public static Classes of(Path repoRoot, Path sourceFolder) {
        try {
            return of(repoRoot, sourceFolder, CacheFolder.of("test-classes"));
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the cache folder for compiled tests", e);
        }
    }

    /** {@link #of(Path, Path)} with the cache in {@code folder}. */
    public static Classes of(Path repoRoot, Path sourceFolder, Path folder) {
        String classpath = System.getProperty("java.class.path");
        Path entry = folder.resolve(key(repoRoot, sourceFolder, classpath) + ".classes");
        if (Files.isDirectory(entry)) {
            CacheFolder.touch(entry);
            return new Classes(entry, false);
        }
        Path fresh = folder.resolve(
                entry.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        FileTrees.deleteQuietly(fresh);
        try {
            TestCompiler.compile(repoRoot, sourceFolder, fresh);
        } catch (RuntimeException e) {
            FileTrees.deleteQuietly(fresh);
            throw e;
        }
        try {
            Files.createDirectories(fresh);
            Files.move(fresh, entry, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException | AtomicMoveNotSupportedException e) {
            // Another run compiled the same sources first: its classes are the same.
            FileTrees.deleteQuietly(fresh);
        } catch (IOException e) {
            if (!Files.isDirectory(entry)) {
                throw new UncheckedIOException("could not put the compiled tests into " + entry, e);
            }
            FileTrees.deleteQuietly(fresh);
        }
        CacheFolder.keepNewest(folder, ".classes", KEPT);
        return new Classes(entry, true);
    }

    static String key(Path repoRoot, Path sourceFolder, String classpath) {
        ContentHash hash = ContentHash.start().text(classpath);
        for (String element : classpath.split(File.pathSeparator)) {
            Path path = Path.of(element);
            try {
                hash.text(element + " " + Files.size(path) + " "
                        + Files.getLastModifiedTime(path).toMillis());
            } catch (IOException e) {
                hash.text(element + " absent");
            }
        }
        return hash.files(repoRoot, sourceFolder).hex();
    }
}
