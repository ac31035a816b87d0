package writer.output.modules;

import java.util.Arrays;
import java.util.Map;
import lib.wire.AdcPulseDebug;
import lib.wire.EventData;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;
import writer.profile.CueTypes;

/** ev42 events (2022, §5.6), optionally with the ADC pulse debug datasets. */
final class Ev42Module implements WriterModule {
    private final AppendableDataset timeOffset;
    private final AppendableDataset eventId;
    private final AppendableDataset timeZero;
    private final AppendableDataset index;
    private final CueCounter cues;
    private final AppendableDataset[] adc;

    Ev42Module(ModuleContext context) {
        ModuleConfig config = context.config();
        // Compared as unsigned: a negative interval (the default, 2^64 - 1) never cues.
        long cueInterval = config.integer("cue_interval", -1L);
        long chunk = Datasets.chunkSize(config, 1 << 20);
        H5Group group = context.group();
        GroupAttributes.apply(context, "ev42", "NXevent_data");
        timeOffset = Datasets.oneDimensional(group, "event_time_offset", DataType.UINT32, chunk);
        timeOffset.setAttribute("units", "ns");
        eventId = Datasets.oneDimensional(group, "event_id", DataType.UINT32, chunk);
        timeZero = Datasets.time(group, "event_time_zero", DataType.UINT64, chunk);
        index = Datasets.oneDimensional(group, "event_index", DataType.UINT32, chunk);
        // The first cue comes after more than cue_interval events: event 0 counts as cued.
        cues = new CueCounter(group, CueTypes.ERA_2022, chunk, cueInterval < 0 ? Long.MAX_VALUE : cueInterval, 0);
        if (config.bool("adc_pulse_debug", false)) {
            adc = new AppendableDataset[] {
                Datasets.oneDimensional(group, "adc_pulse_amplitude", DataType.UINT32, chunk),
                Datasets.oneDimensional(group, "adc_pulse_peak_area", DataType.UINT32, chunk),
                Datasets.oneDimensional(group, "adc_pulse_background", DataType.UINT32, chunk),
                Datasets.oneDimensional(group, "adc_pulse_threshold_time", DataType.UINT64, chunk),
                Datasets.oneDimensional(group, "adc_pulse_peak_time", DataType.UINT64, chunk),
            };
        } else {
            adc = null;
        }
    }

    @Override
    public String identifier() {
        return "ev42";
    }

    @Override
    public boolean acceptsRepeatedTimes() {
        return true;
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        EventData event = message.payload(EventData.class);
        long pulseTime = event.referenceTime()[0];
        int[] timesOfFlight = event.timeOfFlight();
        int[] detectorIds = event.pixelId();
        timeOffset.appendInts(timesOfFlight, 0, timesOfFlight.length);
        eventId.appendInts(detectorIds, 0, detectorIds.length);
        timeZero.appendLong(pulseTime);
        index.appendLong(cues.written());
        if (adc != null) {
            writeAdcPulseDebug(event, timesOfFlight.length);
        }
        if (timesOfFlight.length > 0) {
            cues.add(timesOfFlight.length, pulseTime + Integer.toUnsignedLong(timesOfFlight[timesOfFlight.length - 1]));
        }
    }

    /** One value per event in each ADC dataset: the message's, cut or zero-filled to the event count. */
    private void writeAdcPulseDebug(EventData event, int eventCount) {
        AdcPulseDebug debug = event.facilityData() instanceof AdcPulseDebug
                ? (AdcPulseDebug) event.facilityData()
                : new AdcPulseDebug(new int[0], new int[0], new int[0], new long[0], new long[0]);
        int[][] counts = {debug.amplitude(), debug.peakArea(), debug.background()};
        for (int i = 0; i < counts.length; i++) {
            adc[i].appendInts(Arrays.copyOf(counts[i], eventCount), 0, eventCount);
        }
        long[][] times = {debug.thresholdTime(), debug.peakTime()};
        for (int i = 0; i < times.length; i++) {
            adc[3 + i].appendLongs(Arrays.copyOf(times[i], eventCount), 0, eventCount);
        }
    }

    @Override
    public Map<String, Object> statusExtra() {
        return Map.of("events", cues.written());
    }
}
