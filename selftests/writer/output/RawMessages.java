package selftests.writer.output;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import lib.wire.generated.ad00.ad00_ADArray;
import lib.wire.generated.adar.ADArray;
import lib.wire.generated.da00.da00_DataArray;
import lib.wire.generated.da00.da00_Variable;
import lib.wire.generated.hs00.ArrayDouble;
import lib.wire.generated.hs00.EventHistogram;
import lib.wire.generated.se00.se00_SampleEnvironmentData;
import lib.wire.generated.senv.SampleEnvironmentData;
import lib.wire.generated.tdct.timestamp;

/** Messages of the schemas lib.wire has no typed records for yet, built with the generated flatbuffer classes. */
final class RawMessages {
    private RawMessages() {
    }

    static byte[] tdct(String name, long... timestampsNs) {
        FlatBufferBuilder out = new FlatBufferBuilder();
        int root = timestamp.createtimestamp(out, out.createString(name),
                timestamp.createTimestampsVector(out, timestampsNs), 0);
        out.finish(root, "tdct");
        return out.sizedByteArray();
    }

    /** se00 with int16 samples, evenly spaced by `timeDeltaNs` from `packetTimestampNs`. */
    static byte[] se00(String name, long packetTimestampNs, double timeDeltaNs, short... samples) {
        FlatBufferBuilder out = new FlatBufferBuilder();
        int nameOffset = out.createString(name);
        int values = lib.wire.generated.se00.Int16Array.createInt16Array(out,
                lib.wire.generated.se00.Int16Array.createValueVector(out, samples));
        int root = se00_SampleEnvironmentData.createse00_SampleEnvironmentData(out, nameOffset, 0, packetTimestampNs,
                timeDeltaNs, (byte) 0, lib.wire.generated.se00.ValueUnion.Int16Array, values, 0, 0);
        out.finish(root, "se00");
        return out.sizedByteArray();
    }

    /** senv with int32 samples and explicit timestamps. */
    static byte[] senv(String name, long packetTimestampNs, int[] samples, long[] timestampsNs) {
        FlatBufferBuilder out = new FlatBufferBuilder();
        int nameOffset = out.createString(name);
        int values = lib.wire.generated.senv.Int32Array.createInt32Array(out,
                lib.wire.generated.senv.Int32Array.createValueVector(out, samples));
        int times = SampleEnvironmentData.createTimestampsVector(out, timestampsNs);
        int root = SampleEnvironmentData.createSampleEnvironmentData(out, nameOffset, 0, packetTimestampNs, 0.0,
                (byte) 0, lib.wire.generated.senv.ValueUnion.Int32Array, values, times, 0);
        out.finish(root, "senv");
        return out.sizedByteArray();
    }

    /** ad00 (or ADAr with `identifier` "ADAr") image of uint16 elements (DType 3), C order. */
    static byte[] areaDetector(String identifier, String source, long timestampNs, long[] dimensions, short[] data) {
        ByteBuffer raw = ByteBuffer.allocate(data.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short value : data) {
            raw.putShort(value);
        }
        FlatBufferBuilder out = new FlatBufferBuilder();
        int sourceOffset = out.createString(source);
        int root;
        if (identifier.equals("ADAr")) {
            int dims = ADArray.createDimensionsVector(out, dimensions);
            int bytes = ADArray.createDataVector(out, raw.array());
            root = ADArray.createADArray(out, sourceOffset, 0, timestampNs, dims, (byte) 3, bytes, 0);
        } else {
            int dims = ad00_ADArray.createDimensionsVector(out, dimensions);
            int bytes = ad00_ADArray.createDataVector(out, raw.array());
            root = ad00_ADArray.createad00_ADArray(out, sourceOffset, 0, timestampNs, dims, (byte) 3, bytes, 0);
        }
        out.finish(root, identifier);
        return out.sizedByteArray();
    }

    /** da00 with one int32 variable (da00_dtype int32 = 5). */
    static byte[] da00(String source, long timestampNs, String variable, String axis, int[] data) {
        ByteBuffer raw = ByteBuffer.allocate(data.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (int value : data) {
            raw.putInt(value);
        }
        FlatBufferBuilder out = new FlatBufferBuilder();
        int sourceOffset = out.createString(source);
        int name = out.createString(variable);
        int axes = da00_Variable.createAxesVector(out, new int[] {out.createString(axis)});
        int shape = da00_Variable.createShapeVector(out, new long[] {data.length});
        int bytes = da00_Variable.createDataVector(out, raw.array());
        int variableOffset = da00_Variable.createda00_Variable(out, name, 0, 0, 0, (byte) 5, axes, shape, bytes);
        int variables = da00_DataArray.createDataVector(out, new int[] {variableOffset});
        int root = da00_DataArray.createda00_DataArray(out, sourceOffset, timestampNs, variables);
        out.finish(root, "da00");
        return out.sizedByteArray();
    }

    /** hs00 slice of doubles at `offset` with shape `shape`, with errors equal to the data. */
    static byte[] hs00(String source, long timestampNs, long[] shape, long[] offset, double[] data, String info) {
        FlatBufferBuilder out = new FlatBufferBuilder();
        int sourceOffset = out.createString(source);
        int shapeOffset = EventHistogram.createCurrentShapeVector(out, shape);
        int offsetOffset = EventHistogram.createOffsetVector(out, offset);
        int dataOffset = ArrayDouble.createArrayDouble(out, ArrayDouble.createValueVector(out, data));
        int errorsOffset = ArrayDouble.createArrayDouble(out, ArrayDouble.createValueVector(out, data));
        int infoOffset = out.createString(info);
        int root = EventHistogram.createEventHistogram(out, sourceOffset, timestampNs, 0, 0, shapeOffset,
                offsetOffset, lib.wire.generated.hs00.Array.ArrayDouble, dataOffset,
                lib.wire.generated.hs00.Array.ArrayDouble, errorsOffset, infoOffset);
        out.finish(root, "hs00");
        return out.sizedByteArray();
    }
}
