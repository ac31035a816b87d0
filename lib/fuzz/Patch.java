package lib.fuzz;

/** Byte edits on copies of a buffer. */
final class Patch {
    private Patch() {}

    /** A copy with {@code width} bytes at {@code position} set to the little-endian low bytes of {@code bits}. */
    static byte[] littleEndian(byte[] bytes, int position, long bits, int width) {
        byte[] copy = bytes.clone();
        for (int i = 0; i < width; i++) {
            copy[position + i] = (byte) (bits >>> (8 * i));
        }
        return copy;
    }

    /** The unsigned 32-bit little-endian value at {@code position}. */
    static long uint32(byte[] bytes, int position) {
        long value = 0;
        for (int i = 3; i >= 0; i--) {
            value = (value << 8) | (bytes[position + i] & 0xff);
        }
        return value;
    }

    /** A copy with {@code replacement} written over the bytes at {@code position}. */
    static byte[] overwrite(byte[] bytes, int position, byte[] replacement) {
        byte[] copy = bytes.clone();
        System.arraycopy(replacement, 0, copy, position, replacement.length);
        return copy;
    }

    /** The first position of {@code pattern} in {@code bytes}, or -1. */
    static int indexOf(byte[] bytes, byte[] pattern) {
        outer:
        for (int i = 0; i + pattern.length <= bytes.length; i++) {
            for (int j = 0; j < pattern.length; j++) {
                if (bytes[i + j] != pattern[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
