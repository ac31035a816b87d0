package lib.fuzz;

/** Texts and bytes shown in reports: short, printable, with the unprintable escaped. */
final class Hex {
    private static final int SHOWN = 60;

    private Hex() {}

    static String of(byte[] bytes) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(bytes.length, 32); i++) {
            text.append(String.format("%02x", bytes[i] & 0xff));
        }
        return text + (bytes.length > 32 ? "..." : "");
    }

    /** The value in quotes, control characters and non-ASCII escaped, long values cut with their length. */
    static String quote(String value) {
        StringBuilder text = new StringBuilder("\"");
        for (int i = 0; i < Math.min(value.length(), SHOWN); i++) {
            char c = value.charAt(i);
            text.append(c >= 0x20 && c < 0x7f ? String.valueOf(c) : String.format("\\u%04x", (int) c));
        }
        text.append('"');
        return value.length() > SHOWN ? text + "...(" + value.length() + " chars)" : text.toString();
    }
}
