package writer.output.modules;

import writer.common.Profile;
import writer.output.hdf5.H5Group;

/** What a module is created with: its group, topic, source, config and the writer profile. */
public record ModuleContext(H5Group group, String topic, String source, ModuleConfig config, Profile profile) {}
