package writer.output.nexus;

import writer.output.hdf5.H5Group;

/** A link to make when the file closes: `name` in `group`, pointing at `source` (absolute or relative). */
public record LinkNode(H5Group group, String name, String source) {}
