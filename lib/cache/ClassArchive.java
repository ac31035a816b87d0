package lib.cache;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;

/**
 * A class-data-sharing archive of a JVM's classes, kept in the user's cache per classpath: the first JVM of a
 * classpath writes it when it exits, later ones start with it sooner (loading and verifying Kafka's and Scala's
 * classes is most of a broker's start, and much of a writer's). Any problem only means starting without.
 */
public final class ClassArchive {
    private static final int KEPT = 4;

    private final Path archive;
    private final Path pending;
    private final boolean exists;

    private ClassArchive(Path archive, Path pending, boolean exists) {
        this.archive = archive;
        this.pending = pending;
        this.exists = exists;
    }

    /** The archive of {@code classpath} in the cache folder {@code kind}, such as "kafka-broker-cds". */
    public static ClassArchive forClasspath(String kind, String classpath) {
        Path folder = CacheFolder.root().resolve(kind);
        Path archive = folder.resolve(ContentHash.start().text(classpath).hex().substring(0, 24) + ".jsa");
        Path pending = folder.resolve(archive.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return new ClassArchive(null, null, false);
        }
        return new ClassArchive(archive, pending, Files.isRegularFile(archive));
    }

    /** JVM options that use the archive, or that write it at exit when there is none yet. */
    public List<String> jvmOptions() {
        if (archive == null) {
            return List.of();
        }
        return exists
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto")
                : List.of("-XX:ArchiveClassesAtExit=" + pending);
    }

    /** Whether the JVM starts from an archive, so it need not exit cleanly to write one. */
    public boolean inUse() {
        return exists;
    }

    /** Puts an archive written by a JVM that exited normally in place, and drops the oldest ones. */
    public void afterExit(boolean exitedNormally) {
        if (archive == null || exists || !Files.exists(pending)) {
            return;
        }
        try {
            if (exitedNormally) {
                Files.move(pending, archive, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                CacheFolder.keepNewest(archive.getParent(), ".jsa", KEPT);
            } else {
                Files.deleteIfExists(pending);
            }
        } catch (IOException e) {
            // Another JVM may have put its archive in place first: starting without one is fine too.
        }
    }
}
