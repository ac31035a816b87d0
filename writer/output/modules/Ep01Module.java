package writer.output.modules;

import lib.wire.EpicsConnection;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/** ep01 EPICS connection info (HEAD): the ConnectionInfo code and its time (§5.6). */
final class Ep01Module implements WriterModule {
    private final AppendableDataset status;
    private final AppendableDataset time;

    Ep01Module(ModuleContext context, String moduleName) {
        long chunk = Datasets.chunkSize(context.config(), Datasets.DEFAULT_CHUNK);
        GroupAttributes.apply(context, moduleName, "NXlog");
        status = Datasets.oneDimensional(context.group(), "connection_status", DataType.INT16, chunk);
        time = Datasets.time(context.group(), "connection_status_time", DataType.UINT64, chunk);
    }

    @Override
    public String identifier() {
        return "ep01";
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        EpicsConnection info = message.payload(EpicsConnection.class);
        status.appendLong(info.status().ordinal());
        time.appendLong(message.timeNs());
    }
}
