package writer.output;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A recording of Kafka records, for replaying data into a file without Kafka. The format is a sequence of
 * big-endian frames, after the 4 magic bytes "KRM1":
 * <pre>
 *   int32 topic length, topic bytes (UTF-8), int64 Kafka timestamp (ms), int32 value length, value bytes
 * </pre>
 */
final class RecordedMessages {
    static final byte[] MAGIC = "KRM1".getBytes(StandardCharsets.US_ASCII);

    record Recorded(String topic, long kafkaTimestampMs, byte[] value) {}

    private RecordedMessages() {}

    /** A length read from the file: never negative, never more than the file holds. */
    private static int checkedLength(int length, long fileSize) {
        if (length < 0 || length > fileSize) {
            throw new IllegalArgumentException("length " + length);
        }
        return length;
    }

    static List<Recorded> read(Path path) throws IOException {
        List<Recorded> records = new ArrayList<>();
        long fileSize = Files.size(path);
        try (InputStream file = Files.newInputStream(path);
                DataInputStream in = new DataInputStream(new BufferedInputStream(file))) {
            byte[] magic = new byte[MAGIC.length];
            in.readFully(magic);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IOException(path + " is not a message recording (it does not start with KRM1)");
            }
            while (true) {
                int topicLength;
                try {
                    topicLength = in.readInt();
                } catch (EOFException end) {
                    return records;
                }
                try {
                    byte[] topic = new byte[checkedLength(topicLength, fileSize)];
                    in.readFully(topic);
                    long timestamp = in.readLong();
                    byte[] value = new byte[checkedLength(in.readInt(), fileSize)];
                    in.readFully(value);
                    records.add(new Recorded(new String(topic, StandardCharsets.UTF_8), timestamp, value));
                } catch (EOFException | IllegalArgumentException broken) {
                    throw new IOException(path + " is cut off or broken after " + records.size() + " records");
                }
            }
        }
    }
}
