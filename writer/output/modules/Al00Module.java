package writer.output.modules;

import lib.wire.Alarm;
import writer.common.Faults;
import writer.common.Faults.Fault;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/** al00 alarms (HEAD): one row per message with message text, severity code and time (§5.6). */
final class Al00Module implements WriterModule {
    private static final int MESSAGE_LENGTH = 200;
    private final AppendableDataset message;
    private final AppendableDataset severity;
    private final AppendableDataset time;

    Al00Module(ModuleContext context, String moduleName) {
        long chunk = Datasets.chunkSize(context.config(), Datasets.DEFAULT_CHUNK);
        GroupAttributes.apply(context, moduleName, "NXlog");
        message =
                Datasets.oneDimensional(context.group(), "alarm_message", DataType.fixedString(MESSAGE_LENGTH), chunk);
        severity = Datasets.oneDimensional(context.group(), "alarm_severity", DataType.INT16, chunk);
        time = Datasets.time(context.group(), "alarm_time", DataType.UINT64, chunk);
    }

    @Override
    public String identifier() {
        return "al00";
    }

    @Override
    public void write(DecodedMessage received, boolean buffered) {
        if (Faults.isOn(Fault.SKIP_ALARMS)) {
            return;
        }
        Alarm alarm = received.payload(Alarm.class);
        String text = alarm.message();
        message.appendString(text == null || text.isEmpty() ? "NO ALARM MESSAGE" : text);
        severity.appendLong(alarm.severity().ordinal());
        time.appendLong(received.timeNs());
    }
}
