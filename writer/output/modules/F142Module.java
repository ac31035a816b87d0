package writer.output.modules;

import java.util.Map;
import lib.wire.AlarmSeverity;
import lib.wire.AlarmStatus;
import writer.common.Faults;
import writer.common.Faults.Fault;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;
import writer.profile.CueTypes;

/** f142 log data (2022, §5.6): value rows of width array_size (widened by longer arrays), alarms, cues, meta-data. */
final class F142Module implements WriterModule {
    private static final int ALARM_TEXT_LENGTH = 20;

    private final ModuleContext context;
    private final AppendableDataset value;
    private final AppendableDataset time;
    private final CueCounter cues;
    private final AppendableDataset alarmTime;
    private final AppendableDataset alarmStatus;
    private final AppendableDataset alarmSeverity;
    private final boolean metaData;
    private final ValueStatistics statistics = new ValueStatistics();

    F142Module(ModuleContext context) {
        this.context = context;
        ModuleConfig config = context.config();
        DataType type = config.numericType(DataType.FLOAT64);
        String units = config.text("value_units").or(() -> config.text("unit")).orElse("");
        long arraySize = Math.max(1, config.integer("array_size", 1));
        // At least 1: a smaller one cues every message too.
        long cueInterval = Math.max(1, config.integer("cue_interval", 4294967295L));
        metaData = config.bool("meta_data", true);
        long chunk = Datasets.chunkSize(config, Datasets.DEFAULT_CHUNK);
        H5Group group = context.group();
        GroupAttributes.apply(context, "f142", "NXlog");
        value = group.createAppendable("value", type, new long[] {arraySize}, chunk * arraySize);
        if (!units.isEmpty()) {
            value.setAttribute("units", units);
        }
        time = Datasets.time(group, "time", DataType.UINT64, chunk);
        cues = new CueCounter(group, CueTypes.ERA_2022, chunk, cueInterval);
        alarmTime = Datasets.time(group, "alarm_time", DataType.UINT64, chunk);
        alarmStatus = Datasets.oneDimensional(group, "alarm_status", DataType.fixedString(ALARM_TEXT_LENGTH), chunk);
        alarmSeverity =
                Datasets.oneDimensional(group, "alarm_severity", DataType.fixedString(ALARM_TEXT_LENGTH), chunk);
    }

    @Override
    public String identifier() {
        return "f142";
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        LogSample log = message.payload(LogSample.class);
        NumericValues values = log.values();
        if (values == null) {
            return;
        }
        int width = (int) value.rowShape()[0];
        if (values.length() > width) {
            value.growRowShape(new long[] {values.length()});
            width = values.length();
        }
        values.appendRowTo(value, width);
        time.appendLong(message.timeNs());
        statistics.add(values);
        cues.add(1, message.timeNs());
        if (log.alarmStatus() != LogSample.NO_CHANGE_STATUS && !Faults.isOn(Fault.SKIP_ALARMS)) {
            alarmTime.appendLong(message.timeNs());
            alarmStatus.appendString(statusName(log.alarmStatus()));
            alarmSeverity.appendString(severityName(log.alarmSeverity()));
        }
    }

    private static String statusName(int code) {
        AlarmStatus[] names = AlarmStatus.values();
        return code >= 0 && code < names.length ? names[code].name() : "UNRECOGNISED_STATUS";
    }

    private static String severityName(int code) {
        AlarmSeverity[] names = AlarmSeverity.values();
        return code >= 0 && code < names.length ? names[code].name() : "UNRECOGNISED_SEVERITY";
    }

    @Override
    public void finish() {
        if (!metaData) {
            return;
        }
        statistics.byName().forEach((name, number) -> context.group()
                .createDataset(name, DataType.FLOAT64, new long[] {1}, new double[] {number}));
    }

    @Override
    public Map<String, Object> statusExtra() {
        return metaData ? statistics.statusExtra() : Map.of();
    }
}
