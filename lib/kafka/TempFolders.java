package lib.kafka;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The harness's temporary folders, named {@code fwst-<kind>-<PID>-<random>} after the process that made them, so
 * that a run can check that none of its own is left and the next run can tell those of a killed run.
 */
public final class TempFolders {
    private static final Pattern NAME = Pattern.compile("fwst-[a-z]+-(\\d+)-.*");

    private TempFolders() {}

    /** A fresh folder in the system's temporary folder, e.g. kind "kafka" for a broker's storage. */
    public static Path create(String kind) {
        try {
            return Files.createTempDirectory(
                    "fwst-" + kind + "-" + ProcessHandle.current().pid() + "-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary folder for " + kind, e);
        }
    }

    /** The folders process {@code pid} made that still exist. */
    public static List<Path> of(long pid) {
        return matching(folder -> folder.pid() == pid);
    }

    /**
     * The folders whose maker is gone: no process has its PID, or the one that has it started after the folder was
     * last changed (an unrelated process that got the PID again). Those of a run still in progress are kept, whatever
     * program it is (runner, fuzzer, soak).
     */
    public static List<Path> orphaned() {
        return matching(folder -> ProcessHandle.of(folder.pid())
                .filter(ProcessHandle::isAlive)
                .flatMap(process -> process.info().startInstant())
                .map(started -> started.isAfter(folder.changed().plus(ProcessIdentity.TOLERANCE)))
                .orElse(true));
    }

    /** {@code changed}: its last change, never before its maker started (Java 17 reads no creation time on Linux). */
    private record Folder(Path path, long pid, Instant changed) {}

    private interface Filter {
        boolean keep(Folder folder);
    }

    private static List<Path> matching(Filter filter) {
        List<Path> found = new ArrayList<>();
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(temp, "fwst-*")) {
            for (Path entry : entries) {
                folder(entry).filter(filter::keep).ifPresent(folder -> found.add(folder.path()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + temp, e);
        }
        return found;
    }

    private static Optional<Folder> folder(Path entry) {
        Matcher name = NAME.matcher(entry.getFileName().toString());
        if (!name.matches()) {
            return Optional.empty();
        }
        try {
            BasicFileAttributes attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            return Optional.of(new Folder(
                    entry,
                    Long.parseLong(name.group(1)),
                    attributes.lastModifiedTime().toInstant()));
        } catch (IOException e) {
            return Optional.empty(); // gone meanwhile
        }
    }
}
