package writer.output.nexus;

import writer.output.hdf5.DataType;

/** Values read from JSON: their HDF5 type, shape (empty = scalar) and a flat Java array (see DataType). */
public record TypedData(DataType type, long[] dims, Object data) {}
