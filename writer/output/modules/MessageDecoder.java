package writer.output.modules;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import lib.wire.DataMessage;
import lib.wire.Message;
import lib.wire.Messages;

/** Reads identifier, source and message time of a data message (protocol.md §3). */
public final class MessageDecoder {
    private MessageDecoder() {}

    /** The 4-character file identifier at bytes 4..8, or "" for a buffer too short to have one. */
    public static String identifier(byte[] value) {
        return value == null || value.length < 8 ? "" : new String(value, 4, 4, StandardCharsets.US_ASCII);
    }

    /**
     * Decodes a message of a known data schema; empty for an unknown identifier (or a message without source).
     * @throws IllegalArgumentException for a known identifier whose buffer is invalid, naming the problem
     */
    public static Optional<DecodedMessage> decode(byte[] value) {
        String id = identifier(value);
        try {
            switch (id) {
                case "f144":
                    return LogDataReader.f144(value);
                case "f142":
                    return LogDataReader.f142(value);
                case "ev44":
                    return Ev44Reader.read(value);
                default:
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
        } catch (RuntimeException badBuffer) {
            // WireFormatException from lib.wire; IndexOutOfBounds and the like from the f142/f144 reader
            throw new IllegalArgumentException("invalid " + id + " message: " + badBuffer.getMessage(), badBuffer);
        }
    }

    private static Optional<DecodedMessage> message(String id, String source, long timeNs, Object root) {
        if (source == null) {
            return Optional.empty();
        }
        return Optional.of(new DecodedMessage(id, source, timeNs, root));
    }
}
