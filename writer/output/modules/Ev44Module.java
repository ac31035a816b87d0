package writer.output.modules;

import java.util.Map;
import lib.wire.EventData;
import writer.common.Profile;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;

/** ev44 events (HEAD, §5.6): offsets, ids, pulse times and indices, with cues every cue_interval events. */
final class Ev44Module implements WriterModule {
    private final ModuleContext context;
    private final AppendableDataset timeOffset;
    private final AppendableDataset eventId;
    private final AppendableDataset timeZero;
    private final AppendableDataset index;
    private final CueDatasets cues;
    private final long cueInterval;
    private long events;
    private long lastCueIndex = -1;

    Ev44Module(ModuleContext context) {
        this.context = context;
        ModuleConfig config = context.config();
        cueInterval = config.integer("cue_interval", 100_000_000L);
        long chunk = Datasets.chunkSize(config, 1 << 20);
        H5Group group = context.group();
        GroupAttributes.apply(context, "ev44", "NXevent_data");
        timeOffset = Datasets.oneDimensional(group, "event_time_offset", DataType.INT32, chunk);
        timeOffset.setAttribute("units", "ns");
        eventId = Datasets.oneDimensional(group, "event_id", DataType.INT32, chunk);
        timeZero = Datasets.time(group, "event_time_zero", DataType.UINT64, chunk);
        index = Datasets.oneDimensional(group, "event_index", DataType.INT64, chunk);
        cues = new CueDatasets(group, DataType.INT64, DataType.INT64, chunk);
    }

    @Override
    public String identifier() {
        return "ev44";
    }

    @Override
    public boolean acceptsRepeatedTimes() {
        return true;
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        if (buffered && context.profile() == Profile.CURRENT) {
            return;  // HEAD's ev44 drops the last message from before the start
        }
        EventData data = message.payload(EventData.class);
        int[] timesOfFlight = data.timeOfFlight();
        int[] pixelIds = data.pixelId();
        eventId.appendInts(pixelIds, 0, pixelIds.length);
        if (timesOfFlight.length == 0) {
            return;
        }
        long[] referenceTimes = data.referenceTime();
        int[] referenceIndices = data.referenceTimeIndex();
        timeOffset.appendInts(timesOfFlight, 0, timesOfFlight.length);
        timeZero.appendLongs(referenceTimes, 0, referenceTimes.length);
        for (int pulseIndex : referenceIndices) {
            index.appendLong(pulseIndex + events);
        }
        events += timesOfFlight.length;
        if (events > lastCueIndex + cueInterval) {
            long lastReference = referenceTimes.length == 0 ? 0 : referenceTimes[referenceTimes.length - 1];
            cues.add(events - 1, lastReference + timesOfFlight[timesOfFlight.length - 1]);
            lastCueIndex = events - 1;
        }
    }

    @Override
    public Map<String, Object> statusExtra() {
        return Map.of("events", events);
    }
}
