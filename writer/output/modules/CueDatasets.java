package writer.output.modules;

import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;

/** The `cue_index` / `cue_timestamp_zero` pair; their types differ between the eras (§5.6). */
final class CueDatasets {
    private final AppendableDataset index;
    private final AppendableDataset timestampZero;

    CueDatasets(H5Group group, DataType indexType, DataType timestampType, long chunk) {
        index = Datasets.oneDimensional(group, "cue_index", indexType, chunk);
        timestampZero = Datasets.time(group, "cue_timestamp_zero", timestampType, chunk);
    }

    void add(long cueIndex, long timestampNs) {
        index.appendLong(cueIndex);
        timestampZero.appendLong(timestampNs);
    }
}
