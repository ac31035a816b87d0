package writer.output.modules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import lib.wire.DataMessage;
import lib.wire.Message;
import lib.wire.Messages;

/** Reads identifier, source and message time of a data message (protocol.md §3). */
public final class MessageDecoder {
    private static final String[] IN_PLACE = {"f144", "ev44", "f142"};
    private static final byte[][] IN_PLACE_BYTES = {
        IN_PLACE[0].getBytes(StandardCharsets.US_ASCII),
        IN_PLACE[1].getBytes(StandardCharsets.US_ASCII),
        IN_PLACE[2].getBytes(StandardCharsets.US_ASCII)
    };

    private MessageDecoder() {}

    /** The 4-character file identifier at bytes 4..8, or "" for a buffer too short to have one. */
    public static String identifier(byte[] value) {
        return value == null ? "" : identifier(ByteBuffer.wrap(value));
    }

    /** The identifier of the message from the buffer's position to its limit (the position is left alone). */
    public static String identifier(ByteBuffer value) {
        if (value == null || value.remaining() < 8) {
            return "";
        }
        // The schemas that come by the hundred thousand per second are recognised without a String per message.
        int at = value.position() + 4;
        for (int i = 0; i < IN_PLACE.length; i++) {
            if (value.get(at) == IN_PLACE_BYTES[i][0]
                    && value.get(at + 1) == IN_PLACE_BYTES[i][1]
                    && value.get(at + 2) == IN_PLACE_BYTES[i][2]
                    && value.get(at + 3) == IN_PLACE_BYTES[i][3]) {
                return IN_PLACE[i];
            }
        }
        byte[] id = new byte[4];
        value.get(value.position() + 4, id);
        return new String(id, StandardCharsets.US_ASCII);
    }

    public static Optional<DecodedMessage> decode(byte[] value) {
        return decode(ByteBuffer.wrap(value), new SourceNames());
    }

    /**
     * Decodes a message of a known data schema from the buffer's position to its limit; empty for an unknown
     * identifier (or a message without source). ev44, f144 and f142 are read in place (ev44's event vectors stay
     * views of the buffer, whose byte order becomes little-endian); other schemas are read from a copy.
     * @throws IllegalArgumentException for a known identifier whose buffer is invalid, naming the problem
     */
    public static Optional<DecodedMessage> decode(ByteBuffer value, SourceNames names) {
        String id = identifier(value);
        try {
            switch (id) {
                case "f144":
                    return LogDataReader.f144(value, names);
                case "f142":
                    return LogDataReader.f142(value, names);
                case "ev44":
                    return Ev44Reader.read(value, names);
                default:
                    return decodeCopy(id, copy(value));
            }
        } catch (RuntimeException badBuffer) {
            // WireFormatException from lib.wire; IndexOutOfBounds and the like from the f142/f144 reader
            throw new IllegalArgumentException("invalid " + id + " message: " + badBuffer.getMessage(), badBuffer);
        }
    }

    /** The bytes from the buffer's position to its limit, in an array of their own. */
    public static byte[] copy(ByteBuffer value) {
        byte[] bytes = new byte[value.remaining()];
        value.get(value.position(), bytes);
        return bytes;
    }

    private static Optional<DecodedMessage> decodeCopy(String id, byte[] value) {
        if (!Messages.isKnown(value)) {
            return Optional.empty();
        }
        // lib.wire verifies every offset and required field before reading
        Message parsed = Messages.parse(value);
        if (!(parsed instanceof DataMessage)) {
            return Optional.empty();
        }
        DataMessage data = (DataMessage) parsed;
        return message(id, data.sourceName(), data.messageTimeNs(), data);
    }

    private static Optional<DecodedMessage> message(String id, String source, long timeNs, Object root) {
        if (source == null) {
            return Optional.empty();
        }
        return Optional.of(new DecodedMessage(id, source, timeNs, root));
    }
}
