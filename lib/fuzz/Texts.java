package lib.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;

/**
 * String values for string fields: long ones at the sizes where limits sit (a file name's 255 bytes, a topic name's
 * 249 characters, 64 KiB, 1 MiB), odd ones (NUL, control characters, right-to-left marks, four-byte characters,
 * format directives), and invalid UTF-8, which no Java string can hold: the message is built with {@link #MARKER} in
 * the field, whose bytes are then overwritten in place, so no offset moves.
 */
public final class Texts {
    /** ASCII placeholder, as long as the longest invalid sequence it is replaced with plus padding. */
    public static final String MARKER = "fuzz-invalid-utf8-placeholder";

    private static final int[] LONG_SIZES = {250, 256, 4096, 65_536, 1 << 20};

    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xff},
        {(byte) 0xc3, 0x28},
        {(byte) 0x80},
        {(byte) 0xc0, (byte) 0xaf},
        {(byte) 0xe2, (byte) 0x82},
        {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
        {(byte) 0xf0, (byte) 0x90, 0x28, (byte) 0xbc},
        {(byte) 0xf8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xf4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    };

    private static final List<String> ODD = List.of(
            "a\u0000b",
            "\u0000",
            " ",
            "\t\r\n",
            "%s%n%x%p",
            "\u202eevil",
            "\ud83d\ude00\ud83d\ude00",
            "\u00e9\u00e8\u4e2d\u6587",
            "\\\"'`$(){}[]",
            "\u0001\u0002\u001b[31m");

    private Texts() {}

    /** {@code size} characters of ASCII starting with {@code tag}, so that two long values still differ. */
    public static String longText(String tag, int size) {
        StringBuilder text = new StringBuilder(size).append(tag);
        while (text.length() < size) {
            text.append((char) ('a' + text.length() % 26));
        }
        return text.substring(0, size);
    }

    public static int longSize(Random random) {
        return LONG_SIZES[random.nextInt(LONG_SIZES.length)];
    }

    public static String odd(Random random) {
        return ODD.get(random.nextInt(ODD.size()));
    }

    /** An invalid UTF-8 sequence padded with ASCII to the marker's length. */
    public static byte[] invalidUtf8(Random random) {
        byte[] sequence = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
        byte[] padded = MARKER.getBytes(StandardCharsets.US_ASCII);
        int at = random.nextInt(padded.length - sequence.length + 1);
        System.arraycopy(sequence, 0, padded, at, sequence.length);
        return padded;
    }

    /** The buffer with the first {@link #MARKER} replaced by {@code invalid}; the marker must be there. */
    public static byte[] replaceMarker(byte[] bytes, byte[] invalid) {
        int at = Patch.indexOf(bytes, MARKER.getBytes(StandardCharsets.US_ASCII));
        if (at < 0) {
            throw new IllegalStateException("the message holds no " + MARKER);
        }
        return Patch.overwrite(bytes, at, invalid);
    }
}
