package writer.output.modules;

import lib.wire.generated.ep01.EpicsPVConnectionInfo;
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
    public void write(DataMessage message, boolean buffered) {
        EpicsPVConnectionInfo info = message.root(EpicsPVConnectionInfo.class);
        status.appendLong(info.status());
        time.appendLong(message.timeNs());
    }
}
