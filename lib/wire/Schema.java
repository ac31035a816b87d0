package lib.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Function;

/** A message schema: its file identifier and the layout of its root table. */
record Schema(String identifier, TableLayout root) {

    /**
     * Checks the identifier, bounds and required fields of {@code bytes} and returns them wrapped for the
     * generated reader; anything wrong is a {@link WireFormatException} naming the schema and the problem.
     */
    ByteBuffer verify(byte[] bytes) {
        String found = Identifier.of(bytes);
        if (!found.equals(identifier)) {
            throw new WireFormatException(
                    "expected a " + identifier + " message but the identifier is \"" + printable(found) + "\"");
        }
        new Verifier(this, bytes).verifyRoot();
        return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    }

    /**
     * Verifies {@code bytes} and reads them with {@code reader} (generated getters into a record). Whatever
     * still goes wrong while reading (text that is not UTF-8, an enum code out of range) is a
     * {@link WireFormatException} too, so no other exception leaks out of parsing.
     */
    <T> T read(byte[] bytes, Function<ByteBuffer, T> reader) {
        ByteBuffer buffer = verify(bytes);
        try {
            return reader.apply(buffer);
        } catch (WireFormatException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new WireFormatException("invalid " + identifier + " message: " + e, e);
        }
    }

    /** Of two schemas sharing one record, the one {@code bytes} claims to be; else {@code second}. */
    static Schema either(byte[] bytes, Schema first, Schema second) {
        return Identifier.has(bytes, first.identifier) ? first : second;
    }

    private static String printable(String identifier) {
        StringBuilder text = new StringBuilder();
        for (char c : identifier.toCharArray()) {
            text.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\x%02x", (int) c));
        }
        return text.toString();
    }
}
