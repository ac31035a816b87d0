package lib.images;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files one step depends on, each with a hash over its relative path, its mode (executable or not) and its
 * content (a symbolic link: its target). Modification times never count, so {@code touch} changes nothing.
 *
 * @param root the source folder the paths are relative to
 * @param paths the listed paths that are present (files or folders), in the recipe's order
 * @param files every file under them: relative path ({@code /}-separated) to {@code mode:sha256}
 */
public record FileSet(Path root, List<String> paths, SortedMap<String, String> files) {

    /**
     * Hashes the files the patterns name under {@code root}.
     *
     * @throws ImageBuildException when a path that is not optional is absent, or a file cannot be read
     */
    public static FileSet of(Path root, List<Recipe.FilePattern> patterns, String what) {
        List<String> present = new ArrayList<>();
        SortedMap<String, String> files = new TreeMap<>();
        for (Recipe.FilePattern pattern : patterns) {
            Path start = root.resolve(pattern.path());
            if (!Files.exists(start, LinkOption.NOFOLLOW_LINKS)) {
                if (pattern.optional()) {
                    continue;
                }
                throw ImageBuildException.badInput("--source " + root + ": no " + pattern.path()
                        + " inside (one of the " + what + "); point --source at the folder that holds it");
            }
            present.add(pattern.path());
            try (Stream<Path> walk = Files.walk(start)) {
                for (Path path : walk.sorted().toList()) {
                    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                        continue;
                    }
                    files.put(relative(root, path), hash(path));
                }
            } catch (IOException e) {
                throw ImageBuildException.badInput("--source " + root + ": cannot read " + relative(root, start) + " ("
                        + e.getMessage() + "); make it readable");
            }
        }
        if (present.isEmpty() && !patterns.isEmpty()) {
            List<String> names = patterns.stream().map(Recipe.FilePattern::path).toList();
            throw ImageBuildException.badInput("--source " + root + ": none of " + String.join(", ", names)
                    + " inside (the " + what + "); point --source at the right source tree");
        }
        return new FileSet(root, List.copyOf(present), Collections.unmodifiableSortedMap(files));
    }

    /** One hash over every file's path and hash. */
    public String digest() {
        StringBuilder text = new StringBuilder();
        files.forEach(
                (path, hash) -> text.append(path).append('\0').append(hash).append('\n'));
        return Hashes.sha256(text.toString());
    }

    /** What differs from an earlier state of the same files, e.g. {@code writer/a.java changed, b.txt added}. */
    public String changesSince(Map<String, String> before) {
        List<String> changes = new ArrayList<>();
        for (Map.Entry<String, String> file : files.entrySet()) {
            String old = before.get(file.getKey());
            if (old == null) {
                changes.add(file.getKey() + " added");
            } else if (!old.equals(file.getValue())) {
                changes.add(
                        file.getKey() + (modeOf(old).equals(modeOf(file.getValue())) ? " changed" : " mode changed"));
            }
        }
        for (String path : before.keySet()) {
            if (!files.containsKey(path)) {
                changes.add(path + " removed");
            }
        }
        if (changes.size() <= 3) {
            return String.join(", ", changes);
        }
        return String.join(", ", changes.subList(0, 3)) + " and " + (changes.size() - 3) + " more";
    }

    private static String modeOf(String hash) {
        return hash.substring(0, hash.indexOf(':'));
    }

    static String relative(Path root, Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    private static String hash(Path path) throws IOException {
        if (Files.isSymbolicLink(path)) {
            return "link:" + Hashes.sha256(Files.readSymbolicLink(path).toString());
        }
        MessageDigest digest = Hashes.newDigest();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(path)) {
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                digest.update(buffer, 0, read);
            }
        }
        return Integer.toOctalString(mode(path)) + ":" + Hashes.hex(digest.digest());
    }

    /**
     * A file's mode as git records it: 0755 when its owner may execute it, else 0644. The umask of a checkout does
     * not count, and the copy in the container gets the same mode.
     */
    static int mode(Path path) throws IOException {
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS);
        return permissions.contains(PosixFilePermission.OWNER_EXECUTE) ? 0755 : 0644;
    }
}
