package writer.output.modules;

import lib.wire.EpicsConnection;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/** ep00 EPICS connection status (2022): the EventType name as a fixed string of 1024 and its time (§5.6). */
final class Ep00Module implements WriterModule {
    private static final int STATUS_LENGTH = 1024;
    private final AppendableDataset status;
    private final AppendableDataset time;

    Ep00Module(ModuleContext context, String moduleName) {
        long chunk = Datasets.chunkSize(context.config(), Datasets.DEFAULT_CHUNK);
        GroupAttributes.apply(context, moduleName, "NXlog");
        status = Datasets.oneDimensional(
                context.group(), "connection_status", DataType.fixedString(STATUS_LENGTH), chunk);
        time = Datasets.time(context.group(), "connection_status_time", DataType.UINT64, chunk);
    }

    @Override
    public String identifier() {
        return "ep00";
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        status.appendString(message.payload(EpicsConnection.class).status().name());
        time.appendLong(message.timeNs());
    }
}
