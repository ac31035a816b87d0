package lib.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import lib.kafka.FileTrees;

/**
 * The harness's per-user cache ({@code FWST_CACHE_DIR}, else {@code $XDG_CACHE_HOME/fw-system-tests}, else
 * {@code ~/.cache/fw-system-tests}), the same folder the {@code jbang} launcher uses. Everything in it can be deleted
 * at any time: it is only made again.
 */
public final class CacheFolder {
    private CacheFolder() {}

    public static Path root() {
        String own = System.getenv("FWST_CACHE_DIR");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("fw-system-tests");
    }

    /** The sub-folder {@code name} of the cache, created when absent. */
    public static Path of(String name) throws IOException {
        return Files.createDirectories(root().resolve(name));
    }

    /** Marks an entry as just used, so {@link #keepNewest} keeps it; best effort. */
    public static void touch(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // Only its place in the pruning order is affected.
        }
    }

    /** Deletes all but the {@code kept} most recently used entries of {@code folder} whose names end with suffix. */
    public static void keepNewest(Path folder, String suffix, int kept) {
        List<Path> entries;
        try (Stream<Path> files = Files.list(folder)) {
            entries = files.filter(file -> file.getFileName().toString().endsWith(suffix))
                    .sorted(Comparator.comparing(CacheFolder::modified).reversed())
                    .toList();
        } catch (IOException e) {
            return;
        }
        for (Path old : entries.subList(Math.min(kept, entries.size()), entries.size())) {
            FileTrees.deleteQuietly(old);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
