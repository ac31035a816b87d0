package writer.output.modules;

import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/** f142_test (2022, test-only): writes 0, 1, 2, ... to cue_index, one value per f142 message. */
final class F142TestModule implements WriterModule {
    private final AppendableDataset cueIndex;
    private long messages;

    F142TestModule(ModuleContext context) {
        GroupAttributes.apply(context, "f142_test", "NXlog");
        cueIndex = Datasets.oneDimensional(context.group(), "cue_index", DataType.UINT32, Datasets.DEFAULT_CHUNK);
    }

    @Override
    public String identifier() {
        return "f142";
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        cueIndex.appendLong(messages++);
    }
}
