package writer.output.modules;

import java.nio.IntBuffer;
import java.nio.LongBuffer;
import java.util.Map;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;
import writer.profile.CueTypes;

/** ev44 events (HEAD, §5.6): offsets, ids, pulse times and indices, with cues every cue_interval events. */
final class Ev44Module implements WriterModule {
    private final boolean writesMessageFromBeforeStart;
    private final AppendableDataset timeOffset;
    private final AppendableDataset eventId;
    private final AppendableDataset timeZero;
    private final AppendableDataset index;
    private final CueCounter cues;

    Ev44Module(ModuleContext context) {
        this.writesMessageFromBeforeStart = context.rules().ev44WritesMessageFromBeforeStart();
        ModuleConfig config = context.config();
        long cueInterval = config.integer("cue_interval", 100_000_000L);
        long chunk = Datasets.chunkSize(config, 1 << 20);
        H5Group group = context.group();
        GroupAttributes.apply(context, "ev44", "NXevent_data");
        timeOffset = Datasets.oneDimensional(group, "event_time_offset", DataType.INT32, chunk);
        timeOffset.setAttribute("units", "ns");
        eventId = Datasets.oneDimensional(group, "event_id", DataType.INT32, chunk);
        timeZero = Datasets.time(group, "event_time_zero", DataType.UINT64, chunk);
        index = Datasets.oneDimensional(group, "event_index", DataType.INT64, chunk);
        cues = new CueCounter(group, CueTypes.HEAD, chunk, cueInterval);
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
        if (buffered && !writesMessageFromBeforeStart) {
            return;
        }
        Ev44Events data = message.payload(Ev44Events.class);
        IntBuffer timesOfFlight = data.timeOfFlight();
        eventId.appendInts(data.pixelId());
        int eventCount = timesOfFlight.remaining();
        if (eventCount == 0) {
            return;
        }
        LongBuffer referenceTimes = data.referenceTime();
        IntBuffer referenceIndices = data.referenceTimeIndex();
        long lastTimeOfFlight = timesOfFlight.get(timesOfFlight.limit() - 1);
        long lastReference = referenceTimes.remaining() == 0 ? 0 : referenceTimes.get(referenceTimes.limit() - 1);
        timeOffset.appendInts(timesOfFlight);
        timeZero.appendLongs(referenceTimes);
        for (int i = referenceIndices.position(); i < referenceIndices.limit(); i++) {
            index.appendLong(referenceIndices.get(i) + cues.written());
        }
        cues.add(eventCount, lastReference + lastTimeOfFlight);
    }

    @Override
    public Map<String, Object> statusExtra() {
        return Map.of("events", cues.written());
    }
}
