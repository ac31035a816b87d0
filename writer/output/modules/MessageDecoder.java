package writer.output.modules;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import lib.wire.Messages;
import lib.wire.generated.ad00.ad00_ADArray;
import lib.wire.generated.adar.ADArray;
import lib.wire.generated.da00.da00_DataArray;
import lib.wire.generated.hs00.EventHistogram;
import lib.wire.generated.se00.se00_SampleEnvironmentData;
import lib.wire.generated.senv.SampleEnvironmentData;
import lib.wire.generated.tdct.timestamp;

/** Reads identifier, source and message time of a data message (protocol.md §3). */
public final class MessageDecoder {
    private MessageDecoder() {
    }

    /** The 4-character file identifier at bytes 4..8, or "" for a buffer too short to have one. */
    public static String identifier(byte[] value) {
        return value == null || value.length < 8 ? "" : new String(value, 4, 4, StandardCharsets.US_ASCII);
    }

    /**
     * Decodes a message of a known data schema. Empty for unknown identifiers and for buffers the schema
     * reader cannot make sense of (they fail with an exception, which is the flatbuffers way of saying so).
     */
    public static Optional<DecodedMessage> decode(byte[] value) {
        String id = identifier(value);
        ByteBuffer buffer = ByteBuffer.wrap(value);
        try {
            switch (id) {
                case "f144":
                    return LogDataReader.f144(value);
                case "f142":
                    return LogDataReader.f142(value);
                case "ev42": case "ev44": case "ep00": case "ep01": case "al00": {
                    // lib.wire verifies every offset and required field before reading
                    lib.wire.DataMessage m = (lib.wire.DataMessage) Messages.parse(value);
                    return message(id, m.sourceName(), m.messageTimeNs(), m);
                }
                case "hs00": {
                    EventHistogram m = EventHistogram.getRootAsEventHistogram(buffer);
                    return message(id, m.source(), m.timestamp(), m);
                }
                case "senv": {
                    SampleEnvironmentData m = SampleEnvironmentData.getRootAsSampleEnvironmentData(buffer);
                    return message(id, m.name(), m.packetTimestamp(), m);
                }
                case "se00": {
                    se00_SampleEnvironmentData m =
                            se00_SampleEnvironmentData.getRootAsse00_SampleEnvironmentData(buffer);
                    return message(id, m.name(), m.packetTimestamp(), m);
                }
                case "tdct": {
                    timestamp m = timestamp.getRootAstimestamp(buffer);
                    long time = m.timestampsLength() > 0 ? m.timestamps(0) : 0;
                    return message(id, m.name(), time, m);
                }
                case "ADAr": {
                    ADArray m = ADArray.getRootAsADArray(buffer);
                    return message(id, m.sourceName(), m.timestamp(), m);
                }
                case "ad00": {
                    ad00_ADArray m = ad00_ADArray.getRootAsad00_ADArray(buffer);
                    return message(id, m.sourceName(), m.timestamp(), m);
                }
                case "da00": {
                    da00_DataArray m = da00_DataArray.getRootAsda00_DataArray(buffer);
                    return message(id, m.sourceName(), m.timestamp(), m);
                }
                default:
                    return Optional.empty();
            }
        } catch (RuntimeException badBuffer) {
            // WireFormatException from lib.wire, IndexOutOfBounds and the like from unverified schemas
            return Optional.empty();
        }
    }

    private static Optional<DecodedMessage> message(String id, String source, long timeNs, Object root) {
        if (source == null) {
            return Optional.empty();
        }
        return Optional.of(new DecodedMessage(id, source, timeNs, root));
    }
}
