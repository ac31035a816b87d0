package selftests.writer.output;

import java.time.Instant;
import java.util.List;
import lib.wire.AreaDetectorArray;
import lib.wire.ChopperTimestamps;
import lib.wire.DataArray;
import lib.wire.Histogram;
import lib.wire.SampleEnvironment;
import lib.wire.Value;
import lib.wire.ValueType;

/** Short builders over lib.wire's records for the schemas the tests send with few fields set. */
final class TestMessages {
    private TestMessages() {}

    static byte[] tdct(String name, long... timestampsNs) {
        return new ChopperTimestamps(name, timestampsNs, 0).toBytes();
    }

    /** se00 with int16 samples, evenly spaced by `timeDeltaNs` from `packetTimestampNs`. */
    static byte[] se00(String name, long packetTimestampNs, double timeDeltaNs, short... samples) {
        return SampleEnvironment.se00(
                        name, 0, instant(packetTimestampNs), timeDeltaNs, Value.ofArray(ValueType.ARRAY_SHORT, samples))
                .toBytes();
    }

    /** senv with int32 samples and explicit timestamps. */
    static byte[] senv(String name, long packetTimestampNs, int[] samples, long[] timestampsNs) {
        return new SampleEnvironment(
                        SampleEnvironment.SENV,
                        name,
                        0,
                        instant(packetTimestampNs),
                        0.0,
                        null,
                        Value.ofInts(samples),
                        timestampsNs,
                        0)
                .toBytes();
    }

    /** ad00 (or ADAr with `identifier` "ADAr") image of uint16 elements, C order. */
    static byte[] areaDetector(String identifier, String source, long timestampNs, long[] dimensions, short[] data) {
        AreaDetectorArray image = AreaDetectorArray.ad00(
                source, 0, instant(timestampNs), dimensions, Value.ofArray(ValueType.ARRAY_USHORT, data));
        return (identifier.equals(AreaDetectorArray.ADAR) ? image.asAdar() : image).toBytes();
    }

    /** da00 with one int32 variable along one axis. */
    static byte[] da00(String source, long timestampNs, String variable, String axis, int[] data) {
        DataArray.Variable values =
                DataArray.Variable.of(variable, "", List.of(axis), new long[] {data.length}, Value.ofInts(data));
        return new DataArray(source, instant(timestampNs), List.of(values)).toBytes();
    }

    /** hs00 slice of doubles at `offset` with shape `shape`, with errors equal to the data. */
    static byte[] hs00(String source, long timestampNs, int[] shape, int[] offset, double[] data, String info) {
        Value values = Value.ofDoubles(data);
        return new Histogram(source, instant(timestampNs), List.of(), null, shape, offset, values, values, info)
                .toBytes();
    }

    private static Instant instant(long ns) {
        return Instant.ofEpochSecond(0, ns);
    }
}
