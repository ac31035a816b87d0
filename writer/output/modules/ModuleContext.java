package writer.output.modules;

import writer.output.hdf5.H5Group;
import writer.profile.ProfileRules;

/** What a module is created with: its group, topic, source, config and the writer profile's rules. */
public record ModuleContext(H5Group group, String topic, String source, ModuleConfig config, ProfileRules rules) {}
