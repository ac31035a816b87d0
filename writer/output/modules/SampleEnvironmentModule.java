package writer.output.modules;

import lib.wire.SampleEnvironment;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/** senv (2022) and se00 (HEAD) sample environment data (§5.6): every sample with its time, one cue per message. */
final class SampleEnvironmentModule implements WriterModule {
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
        cues = new CueDatasets(context.group(), context.rules().sharedModuleCues(), chunk);
    }

    @Override
    public String identifier() {
        return identifier;
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        SampleEnvironment data = message.payload(SampleEnvironment.class);
        NumericValues values = NumericValues.of(data.values());
        if (values.length() == 0) {
            return;
        }
        long packetTime = message.timeNs();
        long[] timestamps = data.timestamps();
        values.appendTo(value);
        for (int i = 0; i < values.length(); i++) {
            time.appendLong(i < timestamps.length ? timestamps[i] : packetTime + Math.round(i * data.timeDeltaNs()));
        }
        cues.add(samples, packetTime);
        samples += values.length();
    }
}
