package writer.output.modules;

import lib.wire.ChopperTimestamps;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/** tdct chopper timestamps (§5.6): every timestamp in `time`, one cue per message. */
final class TdctModule implements WriterModule {
    private final AppendableDataset time;
    private final CueDatasets cues;
    private long written;

    TdctModule(ModuleContext context) {
        long chunk = Datasets.chunkSize(context.config(), 4096);
        GroupAttributes.apply(context, "tdct", "NXlog");
        time = Datasets.time(context.group(), "time", DataType.UINT64, chunk);
        cues = new CueDatasets(context.group(), context.rules().sharedModuleCues(), chunk);
    }

    @Override
    public String identifier() {
        return "tdct";
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        long[] timestamps = message.payload(ChopperTimestamps.class).timestamps();
        if (timestamps.length == 0) {
            return;
        }
        time.appendLongs(timestamps, 0, timestamps.length);
        cues.add(written, timestamps[0]);
        written += timestamps.length;
    }
}
