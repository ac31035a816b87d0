package writer.output.modules;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Optional;
import lib.wire.generated.ev44.Event44Message;

/**
 * Reads ev44 straight from the generated class: the event vectors stay views of the Kafka record, so the
 * module copies each event once, into the dataset's buffer (lib.wire's record copied them into arrays first).
 * Like {@link LogDataReader}, it checks what it reads (required fields, vector bounds) and lets anything else
 * that goes wrong surface as an exception, which the decoder reports as an invalid message.
 */
final class Ev44Reader {
    private Ev44Reader() {}

    static Optional<DecodedMessage> read(ByteBuffer bytes, SourceNames names) {
        Event44Message table = Event44Message.getRootAsEvent44Message(bytes);
        String source = names.read(bytes);
        if (source == null) {
            throw new IllegalArgumentException("missing required field source_name");
        }
        LongBuffer referenceTime =
                required(table.referenceTimeAsByteBuffer(), "reference_time").asLongBuffer();
        IntBuffer referenceTimeIndex = required(table.referenceTimeIndexAsByteBuffer(), "reference_time_index")
                .asIntBuffer();
        Ev44Events events = new Ev44Events(
                referenceTime,
                referenceTimeIndex,
                ints(table.timeOfFlightAsByteBuffer()),
                ints(table.pixelIdAsByteBuffer()));
        long timeNs = referenceTime.remaining() == 0 ? 0 : referenceTime.get(referenceTime.position());
        return Optional.of(new DecodedMessage("ev44", source, timeNs, events));
    }

    private static ByteBuffer required(ByteBuffer vector, String field) {
        if (vector == null) {
            throw new IllegalArgumentException("missing required field " + field);
        }
        return vector.order(ByteOrder.LITTLE_ENDIAN);
    }

    /** An absent optional vector reads as empty, as in lib.wire. */
    private static IntBuffer ints(ByteBuffer vector) {
        return vector == null
                ? IntBuffer.allocate(0)
                : vector.order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
    }
}
