package lib.kafka;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive of the broker JVM's classes, kept in the user's cache per classpath: the first
 * broker of a classpath writes it when it exits, later ones start with it about a second sooner (loading and
 * verifying Kafka's and Scala's classes is most of a broker's start). Any problem only means starting without.
 */
final class BrokerClassArchive {
    private static final int KEPT = 4;

    private final Path archive;
    private final Path pending;
    private final boolean exists;

    private BrokerClassArchive(Path archive, Path pending, boolean exists) {
        this.archive = archive;
        this.pending = pending;
        this.exists = exists;
    }

    static BrokerClassArchive forClasspath(String classpath) {
        Path folder = cacheFolder().resolve("kafka-broker-cds");
        Path archive = folder.resolve(sha256(classpath).substring(0, 24) + ".jsa");
        Path pending = folder.resolve(archive.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return new BrokerClassArchive(null, null, false);
        }
        return new BrokerClassArchive(archive, pending, Files.isRegularFile(archive));
    }

    /** JVM options that use the archive, or that write it at exit when there is none yet. */
    List<String> jvmOptions() {
        if (archive == null) {
            return List.of();
        }
        return exists
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto")
                : List.of("-XX:ArchiveClassesAtExit=" + pending);
    }

    /** Puts an archive written by a broker that exited normally in place, and drops the oldest ones. */
    void afterExit(boolean exitedNormally) {
        if (archive == null || exists || !Files.exists(pending)) {
            return;
        }
        try {
            if (exitedNormally) {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                pruneOldArchives(archive.getParent());
            } else {
                Files.deleteIfExists(pending);
            }
        } catch (IOException e) {
            // Another broker may have put its archive in place first: starting without one is fine too.
        }
    }

    private static void pruneOldArchives(Path folder) throws IOException {
        List<Path> archives;
        try (Stream<Path> files = Files.list(folder)) {
            archives = files.filter(file -> file.toString().endsWith(".jsa"))
                    .sorted(Comparator.comparing(BrokerClassArchive::modified).reversed())
                    .toList();
        }
        for (Path old : archives.subList(Math.min(KEPT, archives.size()), archives.size())) {
            Files.deleteIfExists(old);
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    /** The same cache folder the {@code jbang} launcher uses. */
    private static Path cacheFolder() {
        String own = System.getenv("FWST_CACHE_DIR");
        if (own != null && !own.isBlank()) {
            return Path.of(own);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("fw-system-tests");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }
}
