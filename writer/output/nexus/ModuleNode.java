package writer.output.nexus;

import com.fasterxml.jackson.databind.JsonNode;
import writer.output.hdf5.H5Group;

/** A `{"module": M, "config": {...}}` node of a stream module (or mdat), with the group that contains it. */
public record ModuleNode(H5Group group, String module, JsonNode config) {}
