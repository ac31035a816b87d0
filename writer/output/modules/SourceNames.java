package writer.output.modules;

import com.google.flatbuffers.Table;
import com.google.flatbuffers.Utf8;
import java.nio.ByteBuffer;

/**
 * Reads the source_name of ev44, f144 and f142 messages (field 0 of each root table) through a small cache of the
 * names seen, so that a stream of messages from the same few sources neither decodes nor allocates a String per
 * message, and the route look-up hashes a String whose hash is already known. One per job output: one thread.
 */
public final class SourceNames extends Table {
    private static final int SOURCE_NAME_SLOT = 4;
    private static final int SLOTS = 64;

    private final byte[][] keys = new byte[SLOTS][];
    private final String[] names = new String[SLOTS];

    /** The source name of the root table of {@code bb} (little-endian, root offset at its position); null if unset. */
    String read(ByteBuffer bb) {
        __reset(bb.getInt(bb.position()) + bb.position(), bb);
        int field = __offset(SOURCE_NAME_SLOT);
        if (field == 0) {
            return null;
        }
        int start = __vector(field);
        int length = __vector_len(field);
        int hash = 1;
        for (int i = 0; i < length; i++) {
            hash = 31 * hash + bb.get(start + i);
        }
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1);
        byte[] key = keys[slot];
        if (key != null && sameBytes(key, bb, start, length)) {
            return names[slot];
        }
        String name = Utf8.getDefault().decodeUtf8(bb, start, length);
        byte[] bytes = new byte[length];
        bb.get(start, bytes);
        keys[slot] = bytes;
        names[slot] = name;
        return name;
    }

    private static boolean sameBytes(byte[] key, ByteBuffer bb, int start, int length) {
        if (key.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (key[i] != bb.get(start + i)) {
                return false;
            }
        }
        return true;
    }
}
