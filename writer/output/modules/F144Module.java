package writer.output.modules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Map;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;

/** f144 log data (HEAD): scalar values, their times, cues and value statistics (§5.6). */
final class F144Module implements WriterModule {
    private static final Logger LOG = System.getLogger(F144Module.class.getName());

    private final ModuleContext context;
    private final AppendableDataset value;
    private final AppendableDataset time;
    private final CueDatasets cues;
    private final String units;
    private final long cueInterval;
    private final boolean metaData;
    private final ValueStatistics statistics = new ValueStatistics();
    private long writes;
    private long writesSinceCue;

    F144Module(ModuleContext context) {
        this.context = context;
        ModuleConfig config = context.config();
        DataType type = config.numericType(DataType.FLOAT64);
        units = config.text("value_units").or(() -> config.text("unit")).orElse("");
        cueInterval = config.integer("cue_interval", 4294967295L);
        metaData = config.bool("meta_data", true);
        long chunk = Datasets.chunkSize(config, Datasets.DEFAULT_CHUNK);
        H5Group group = context.group();
        GroupAttributes.apply(context, "f144", "NXlog");
        value = Datasets.oneDimensional(group, "value", type, chunk);
        value.setAttribute("units", units);
        time = Datasets.time(group, "time", DataType.UINT64, chunk);
        cues = new CueDatasets(group, DataType.INT64, DataType.INT64, chunk);
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
        writes++;
        writesSinceCue++;
        if (writesSinceCue >= cueInterval) {
            cues.add(writes - 1, message.timeNs());
            writesSinceCue = 0;
        }
    }

    @Override
    public void finish() {
        if (!metaData) {
            return;
        }
        writeStatistic("minimum_value", statistics.minimum());
        writeStatistic("maximum_value", statistics.maximum());
        writeStatistic("average_value", statistics.average());
    }

    private void writeStatistic(String name, double number) {
        context.group()
                .createDataset(name, DataType.FLOAT64, new long[0], new double[] {number})
                .setAttribute("units", units);
    }

    @Override
    public Map<String, Object> statusExtra() {
        if (!metaData) {
            return Map.of();
        }
        return Map.of(
                "minimum_value",
                statistics.minimum(),
                "maximum_value",
                statistics.maximum(),
                "average_value",
                statistics.average());
    }
}
