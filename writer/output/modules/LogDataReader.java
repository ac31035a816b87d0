package writer.output.modules;

import java.nio.ByteBuffer;
import java.util.Optional;
import lib.wire.generated.f142.LogData;
import lib.wire.generated.f144.f144_LogData;
import writer.output.hdf5.DataType;

/**
 * Reads f142/f144 straight from the generated classes. Log data comes by the hundred thousand per second, and
 * the typed lib.wire records (which verify the whole buffer first) measured about 100 000 messages/s: the writer
 * checks only what it reads (required fields, union code, vector bounds) and treats any exception as garbage.
 */
final class LogDataReader {
    private LogDataReader() {}

    static Optional<DecodedMessage> f144(ByteBuffer bytes, SourceNames names) {
        f144_LogData log = f144_LogData.getRootAsf144_LogData(bytes);
        String source = names.read(bytes);
        NumericValues values = read(log.valueType(), log.value(new UnionValue()));
        if (source == null || values == null) {
            return Optional.empty();
        }
        LogSample sample = new LogSample(
                values, isArray(log.valueType()), LogSample.NO_CHANGE_STATUS, LogSample.NO_CHANGE_SEVERITY);
        return Optional.of(new DecodedMessage("f144", source, log.timestamp(), sample));
    }

    static Optional<DecodedMessage> f142(ByteBuffer bytes, SourceNames names) {
        LogData log = LogData.getRootAsLogData(bytes);
        String source = names.read(bytes);
        if (source == null) {
            return Optional.empty();
        }
        NumericValues values = read(log.valueType(), log.value(new UnionValue()));
        LogSample sample = new LogSample(values, isArray(log.valueType()), log.status(), log.severity());
        return Optional.of(new DecodedMessage("f142", source, log.timestamp(), sample));
    }

    private static NumericValues read(byte code, com.google.flatbuffers.Table member) {
        int index = code & 0xFF;
        if (index < 1 || index > 20 || member == null) {
            return null;
        }
        // Union codes 1..10 are the scalars Byte..Double, 11..20 the arrays in the same order.
        DataType type = ElementTypes.byOrdinal((index - 1) % 10);
        UnionValue value = (UnionValue) member;
        return index <= 10 ? value.scalar(type) : value.vector(type);
    }

    private static boolean isArray(byte code) {
        return (code & 0xFF) > 10;
    }
}
