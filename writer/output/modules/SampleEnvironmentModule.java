package writer.output.modules;

import lib.wire.generated.se00.se00_SampleEnvironmentData;
import lib.wire.generated.senv.SampleEnvironmentData;
import writer.common.Profile;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/** senv (2022) and se00 (HEAD) sample environment data (§5.6): every sample with its time, one cue per message. */
final class SampleEnvironmentModule implements WriterModule {
    /** ValueUnion codes 1..10: Int8Array … UInt64Array, then (se00 only) DoubleArray, FloatArray. */
    private static final DataType[] VALUE_TYPES = {
        DataType.INT8, DataType.UINT8, DataType.INT16, DataType.UINT16, DataType.INT32, DataType.UINT32,
        DataType.INT64, DataType.UINT64, DataType.FLOAT64, DataType.FLOAT32
    };

    private final String identifier;
    private final AppendableDataset value;
    private final AppendableDataset time;
    private final CueDatasets cues;
    private long samples;

    SampleEnvironmentModule(ModuleContext context, String identifier) {
        this.identifier = identifier;
        ModuleConfig config = context.config();
        DataType type = config.numericType(DataType.INT64);
        long chunk = Datasets.chunkSize(config, 4096);
        GroupAttributes.apply(context, identifier, "NXlog");
        value = Datasets.oneDimensional(context.group(), "value", type, chunk);
        time = Datasets.time(context.group(), "time", DataType.UINT64, chunk);
        boolean old = context.profile() == Profile.P2022;
        cues = new CueDatasets(context.group(), old ? DataType.UINT32 : DataType.INT64,
                old ? DataType.UINT64 : DataType.INT64, chunk);
    }

    @Override
    public String identifier() {
        return identifier;
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        byte code;
        NumericValues values;
        long packetTime;
        double timeDelta;
        long[] timestamps;
        if (identifier.equals("senv")) {
            SampleEnvironmentData data = message.payload(SampleEnvironmentData.class);
            code = data.valuesType();
            values = read(code, data::values);
            packetTime = data.packetTimestamp();
            timeDelta = data.timeDelta();
            timestamps = Vectors.longs(data.timestampsAsByteBuffer());
        } else {
            se00_SampleEnvironmentData data = message.payload(se00_SampleEnvironmentData.class);
            code = data.valuesType();
            values = read(code, data::values);
            packetTime = data.packetTimestamp();
            timeDelta = data.timeDelta();
            timestamps = Vectors.longs(data.timestampsAsByteBuffer());
        }
        if (values == null || values.length() == 0) {
            return;
        }
        values.appendTo(value);
        for (int i = 0; i < values.length(); i++) {
            time.appendLong(i < timestamps.length ? timestamps[i] : packetTime + Math.round(i * timeDelta));
        }
        cues.add(samples, packetTime);
        samples += values.length();
    }

    private static NumericValues read(byte code, java.util.function.Function<com.google.flatbuffers.Table,
            com.google.flatbuffers.Table> accessor) {
        int index = code & 0xFF;
        if (index < 1 || index > VALUE_TYPES.length) {
            return null;
        }
        UnionValue member = (UnionValue) accessor.apply(new UnionValue());
        return member == null ? null : member.vector(VALUE_TYPES[index - 1]);
    }
}
