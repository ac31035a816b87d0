package lib.wire;

import java.nio.charset.StandardCharsets;

/** The 4-character file identifier at bytes 4..8 of every message, right after the root offset. */
public final class Identifier {

    static final int OFFSET = 4;
    static final int LENGTH = 4;

    private Identifier() {}

    /** The identifier of {@code bytes}, e.g. {@code "pl72"}; buffers shorter than 8 bytes are rejected. */
    public static String of(byte[] bytes) {
        if (bytes == null) {
            throw new WireFormatException("no message: the buffer is null");
        }
        if (bytes.length < OFFSET + LENGTH) {
            throw new WireFormatException("message of " + bytes.length
                    + " bytes is too short to hold a file identifier (needs at least 8 bytes)");
        }
        return new String(bytes, OFFSET, LENGTH, StandardCharsets.ISO_8859_1);
    }

    /** Whether {@code bytes} is long enough and carries {@code identifier}. */
    public static boolean has(byte[] bytes, String identifier) {
        return bytes != null && bytes.length >= OFFSET + LENGTH && of(bytes).equals(identifier);
    }
}
