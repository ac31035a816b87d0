package writer.output.modules;

import java.util.Map;
import lib.wire.generated.dtdb.AdcPulseDebug;
import lib.wire.generated.ev42.EventMessage;
import lib.wire.generated.ev42.FacilityData;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;

/** ev42 events (2022, §5.6), optionally with the ADC pulse debug datasets. */
final class Ev42Module implements WriterModule {
    private final AppendableDataset timeOffset;
    private final AppendableDataset eventId;
    private final AppendableDataset timeZero;
    private final AppendableDataset index;
    private final CueDatasets cues;
    private final long cueInterval;
    private final AppendableDataset[] adc;
    private long events;
    private long lastCueIndex;

    Ev42Module(ModuleContext context) {
        ModuleConfig config = context.config();
        cueInterval = config.integer("cue_interval", -1L);  // 2^64 - 1 as unsigned: no cues
        long chunk = Datasets.chunkSize(config, 1 << 20);
        H5Group group = context.group();
        GroupAttributes.apply(context, "ev42", "NXevent_data");
        timeOffset = Datasets.oneDimensional(group, "event_time_offset", DataType.UINT32, chunk);
        timeOffset.setAttribute("units", "ns");
        eventId = Datasets.oneDimensional(group, "event_id", DataType.UINT32, chunk);
        timeZero = Datasets.time(group, "event_time_zero", DataType.UINT64, chunk);
        index = Datasets.oneDimensional(group, "event_index", DataType.UINT32, chunk);
        cues = new CueDatasets(group, DataType.UINT32, DataType.UINT64, chunk);
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
    public void write(DataMessage message, boolean buffered) {
        EventMessage event = message.root(EventMessage.class);
        int[] timesOfFlight = Vectors.ints(event.timeOfFlightAsByteBuffer());
        int[] detectorIds = Vectors.ints(event.detectorIdAsByteBuffer());
        timeOffset.appendInts(timesOfFlight, 0, timesOfFlight.length);
        eventId.appendInts(detectorIds, 0, detectorIds.length);
        timeZero.appendLong(event.pulseTime());
        index.appendLong(events);
        if (adc != null) {
            writeAdcPulseDebug(event, timesOfFlight.length);
        }
        events += timesOfFlight.length;
        // events > last cue + interval, compared unsigned so that the default 2^64 - 1 never cues
        if (timesOfFlight.length > 0 && Long.compareUnsigned(events - lastCueIndex, cueInterval) > 0) {
            cues.add(events - 1, event.pulseTime() + Integer.toUnsignedLong(timesOfFlight[timesOfFlight.length - 1]));
            lastCueIndex = events - 1;
        }
    }

    private void writeAdcPulseDebug(EventMessage event, int eventCount) {
        AdcPulseDebug debug = null;
        if (event.facilitySpecificDataType() == FacilityData.AdcPulseDebug) {
            debug = (AdcPulseDebug) event.facilitySpecificData(new AdcPulseDebug());
        }
        java.nio.ByteBuffer[] views = debug == null ? new java.nio.ByteBuffer[5] : new java.nio.ByteBuffer[] {
            debug.amplitudeAsByteBuffer(), debug.peakAreaAsByteBuffer(), debug.backgroundAsByteBuffer(),
            debug.thresholdTimeAsByteBuffer(), debug.peakTimeAsByteBuffer()};
        for (int i = 0; i < 5; i++) {
            if (i < 3) {
                int[] values = java.util.Arrays.copyOf(Vectors.ints(views[i]), eventCount);
                adc[i].appendInts(values, 0, eventCount);
            } else {
                long[] values = java.util.Arrays.copyOf(Vectors.longs(views[i]), eventCount);
                adc[i].appendLongs(values, 0, eventCount);
            }
        }
    }

    @Override
    public Map<String, Object> statusExtra() {
        return Map.of("events", events);
    }
}
