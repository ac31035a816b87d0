package lib.cache;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over texts and over files' relative paths and contents (never their modification times), naming a cache
 * entry: any edit of a file it covers, and any file added or removed under a folder it covers, gives another hash.
 */
public final class ContentHash {
    private final MessageDigest digest;
    private final byte[] buffer = new byte[64 * 1024];

    private ContentHash() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    public static ContentHash start() {
        return new ContentHash();
    }

    public ContentHash text(String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
        digest.update((byte) 0);
        return this;
    }

    /** Every file under {@code path} (or the file itself), by its path relative to {@code root} and its content. */
    public ContentHash files(Path root, Path path) {
        if (!Files.exists(path)) {
            return text("absent " + root.relativize(path));
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                text(root.relativize(file).toString());
                try (InputStream in = Files.newInputStream(file)) {
                    for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                        digest.update(buffer, 0, read);
                    }
                }
                digest.update((byte) 0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + path + " for its content hash", e);
        }
        return this;
    }

    /** {@link #files} for each path. */
    public ContentHash files(Path root, List<Path> paths) {
        paths.forEach(path -> files(root, path));
        return this;
    }

    /** The hash so far, as hex digits. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }
}
