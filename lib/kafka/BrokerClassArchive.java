package lib.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import lib.cache.CacheFolder;
import lib.cache.ContentHash;

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
        Path folder = CacheFolder.root().resolve("kafka-broker-cds");
        Path archive = folder.resolve(ContentHash.start().text(classpath).hex().substring(0, 24) + ".jsa");
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

    /** Whether the broker starts from an archive, so it need not exit cleanly to write one. */
    boolean inUse() {
        return exists;
    }

    /** Puts an archive written by a broker that exited normally in place, and drops the oldest ones. */
    void afterExit(boolean exitedNormally) {
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
            // Another broker may have put its archive in place first: starting without one is fine too.
        }
    }
}
