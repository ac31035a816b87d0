package writer.profile;

import writer.output.hdf5.DataType;

/** The types of a module's cue_index and cue_timestamp_zero datasets (§5.6), which differ between the eras. */
public record CueTypes(DataType index, DataType timestamp) {
    /** The 2022 writer's modules. */
    public static final CueTypes ERA_2022 = new CueTypes(DataType.UINT32, DataType.UINT64);
    /** HEAD's modules. */
    public static final CueTypes HEAD = new CueTypes(DataType.INT64, DataType.INT64);
}
