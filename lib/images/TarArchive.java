package lib.images;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;

/**
 * Tar streams for copying into a container: files keep their modification time (so an incremental build in the
 * container sees what changed) and get the mode their hash covers; everything belongs to root.
 */
final class TarArchive {
    private TarArchive() {}

    /** Writes the listed paths of {@code files} (files and folders, recursively) into a tar file. */
    static void writeFiles(FileSet files, Path tar) {
        try (TarArchiveOutputStream out = open(Files.newOutputStream(tar))) {
            for (String listed : files.paths()) {
                Path start = files.root().resolve(listed);
                try (Stream<Path> walk = Files.walk(start)) {
                    for (Path path : walk.sorted().toList()) {
                        add(out, files.root(), path);
                    }
                }
            }
            out.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("could not pack the files of " + files.root() + " into " + tar, e);
        }
    }

    /** A tar stream holding one file {@code name} with {@code content}. */
    static void writeSingleFile(OutputStream target, String name, byte[] content, int mode) throws IOException {
        TarArchiveOutputStream out = open(target);
        addContent(out, name, content, mode);
        out.finish();
    }

    /** A tar stream holding the given files under their file names (no folders). */
    static void writeFlat(OutputStream target, List<Path> files) throws IOException {
        TarArchiveOutputStream out = open(target);
        for (Path file : files) {
            addContent(out, file.getFileName().toString(), Files.readAllBytes(file), 0644);
        }
        out.finish();
    }

    private static void addContent(TarArchiveOutputStream out, String name, byte[] content, int mode)
            throws IOException {
        TarArchiveEntry entry = new TarArchiveEntry(name);
        entry.setSize(content.length);
        entry.setMode(0100000 | mode);
        entry.setIds(0, 0);
        out.putArchiveEntry(entry);
        out.write(content);
        out.closeArchiveEntry();
    }

    private static TarArchiveOutputStream open(OutputStream target) {
        TarArchiveOutputStream out = new TarArchiveOutputStream(target, StandardCharsets.UTF_8.name());
        out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
        out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        return out;
    }

    private static void add(TarArchiveOutputStream out, Path root, Path path) throws IOException {
        String name = FileSet.relative(root, path);
        TarArchiveEntry entry;
        if (Files.isSymbolicLink(path)) {
            entry = new TarArchiveEntry(name, TarArchiveEntry.LF_SYMLINK);
            entry.setLinkName(Files.readSymbolicLink(path).toString());
        } else if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            entry = new TarArchiveEntry(name + "/");
            entry.setMode(040755);
        } else {
            entry = new TarArchiveEntry(name);
            entry.setMode(0100000 | FileSet.mode(path));
            entry.setSize(Files.size(path));
        }
        entry.setIds(0, 0);
        entry.setModTime(Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS));
        out.putArchiveEntry(entry);
        if (entry.isFile()) {
            Files.copy(path, out);
        }
        out.closeArchiveEntry();
    }
}
