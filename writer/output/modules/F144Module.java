package writer.output.modules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;
import writer.profile.CueTypes;

/** f144 log data (HEAD): scalar values, their times, cues and value statistics (§5.6). */
final class F144Module implements WriterModule {
    private static final Logger LOG = System.getLogger(F144Module.class.getName());

    private final ModuleContext context;
    private final AppendableDataset value;
    private final AppendableDataset time;
    private final CueCounter cues;
    private final String units;
    private final boolean metaData;
    private final ValueStatistics statistics = new ValueStatistics();

    F144Module(ModuleContext context) {
        this.context = context;
        ModuleConfig config = context.config();
        DataType type = config.numericType(DataType.FLOAT64);
        units = config.text("value_units").or(() -> config.text("unit")).orElse("");
        // At least 1: a smaller one cues every message too.
        long cueInterval = Math.max(1, config.integer("cue_interval", 4294967295L));
        metaData = config.bool("meta_data", true);
        long chunk = Datasets.chunkSize(config, Datasets.DEFAULT_CHUNK);
        H5Group group = context.group();
        GroupAttributes.apply(context, "f144", "NXlog");
        value = Datasets.oneDimensional(group, "value", type, chunk);
        value.setAttribute("units", units);
        time = Datasets.time(group, "time", DataType.UINT64, chunk);
        cues = new CueCounter(group, CueTypes.HEAD, chunk, cueInterval);
    }

    @Override
    public String identifier() {
        return "f144";
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        LogSample log = message.payload(LogSample.class);
        if (log.array()) {
            LOG.log(
                    Level.WARNING,
                    "f144 array value from {0} not written to {1}: only scalars are supported",
                    message.source(),
                    context.group().path());
            return;
        }
        NumericValues values = log.values();
        values.appendTo(value);
        time.appendLong(message.timeNs());
        statistics.add(values);
        cues.add(1, message.timeNs());
    }

    @Override
    public void finish() {
        if (!metaData) {
            return;
        }
        statistics.byName().forEach(this::writeStatistic);
    }

    private void writeStatistic(String name, double number) {
        context.group()
                .createDataset(name, DataType.FLOAT64, new long[0], new double[] {number})
                .setAttribute("units", units);
    }

    @Override
    public Map<String, Object> statusExtra() {
        return metaData ? statistics.statusExtra() : Map.of();
    }
}
