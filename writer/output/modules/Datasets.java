package writer.output.modules;

import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;

/** Dataset conventions shared by the modules (§5.5). */
final class Datasets {
    static final long DEFAULT_CHUNK = 1024;

    private Datasets() {}

    /** A 1-D time dataset in ns since the epoch, with units="ns" and start="1970-01-01T00:00:00Z". */
    static AppendableDataset time(H5Group group, String name, DataType type, long chunk) {
        AppendableDataset dataset = group.createAppendable(name, type, new long[0], chunk);
        dataset.setAttribute("units", "ns");
        dataset.setAttribute("start", "1970-01-01T00:00:00Z");
        return dataset;
    }

    static AppendableDataset oneDimensional(H5Group group, String name, DataType type, long chunk) {
        return group.createAppendable(name, type, new long[0], chunk);
    }

    /** The chunk_size setting (elements), at least 1. */
    static long chunkSize(ModuleConfig config, long fallback) {
        long size = config.integer("chunk_size", fallback);
        return size > 0 ? size : fallback;
    }
}
