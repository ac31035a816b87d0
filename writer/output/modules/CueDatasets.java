package writer.output.modules;

import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.H5Group;
import writer.profile.CueTypes;

/** The `cue_index` / `cue_timestamp_zero` pair; their types differ between the eras (§5.6). */
final class CueDatasets {
    private final AppendableDataset index;
    private final AppendableDataset timestampZero;

    CueDatasets(H5Group group, CueTypes types, long chunk) {
        index = Datasets.oneDimensional(group, "cue_index", types.index(), chunk);
        timestampZero = Datasets.time(group, "cue_timestamp_zero", types.timestamp(), chunk);
    }

    void add(long cueIndex, long timestampNs) {
        index.appendLong(cueIndex);
        timestampZero.appendLong(timestampNs);
    }
}
