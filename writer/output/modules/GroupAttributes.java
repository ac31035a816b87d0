package writer.output.modules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import writer.output.hdf5.H5Group;
import writer.output.nexus.AttributeWriter;

/**
 * The attributes a stream module puts on its group (§5.5): NX_class, topic, source and, at HEAD,
 * writer_module. 2022 overwrites what the JSON wrote and adds config-level `attributes`; HEAD keeps
 * existing attributes and ignores config-level ones.
 */
final class GroupAttributes {
    private static final Logger LOG = System.getLogger(GroupAttributes.class.getName());

    private GroupAttributes() {}

    static void apply(ModuleContext context, String moduleName, String nxClass) {
        H5Group group = context.group();
        boolean overwrite = context.rules().groupAttributesOverwrite();
        set(group, "NX_class", nxClass, overwrite);
        set(group, "topic", context.topic(), overwrite);
        set(group, "source", context.source(), overwrite);
        if (context.rules().writerModuleAttribute()) {
            set(group, "writer_module", moduleName, false);
        }
        if (context.config().get("attributes") != null) {
            if (overwrite) {
                AttributeWriter.write(group, context.config().get("attributes"));
            } else {
                LOG.log(Level.INFO, "attributes inside the config of {0} in {1} are ignored", moduleName, group.path());
            }
        }
    }

    private static void set(H5Group group, String name, String value, boolean overwrite) {
        if (overwrite || !group.hasAttribute(name)) {
            group.setAttribute(name, value);
        }
    }
}
