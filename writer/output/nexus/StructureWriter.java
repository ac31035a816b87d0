package writer.output.nexus;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Dataset;
import writer.output.hdf5.H5Group;
import writer.profile.ProfileRules;

/**
 * Writes the static part of a NeXus structure (groups, attributes, static datasets, §5.1–5.4) and
 * collects the nodes that are handled later. A node that fails is logged and skipped.
 */
public final class StructureWriter {
    private static final Logger LOG = System.getLogger(StructureWriter.class.getName());

    private final ProfileRules rules;
    private final List<ModuleNode> modules = new ArrayList<>();
    private final List<ModuleNode> mdatNodes = new ArrayList<>();
    private final List<LinkNode> links = new ArrayList<>();

    private StructureWriter(ProfileRules rules) {
        this.rules = rules;
    }

    public static Structure write(H5Group root, JsonNode structure, ProfileRules rules) {
        StructureWriter writer = new StructureWriter(rules);
        writer.writeRoot(root, structure);
        return new Structure(List.copyOf(writer.modules), List.copyOf(writer.mdatNodes), List.copyOf(writer.links));
    }

    private void writeRoot(H5Group root, JsonNode structure) {
        AttributeWriter.write(root, structure.get("attributes"));
        for (String key : rules.structureVersionAttributes()) {
            JsonNode value = structure.get(key);
            if (value != null && value.isTextual()) {
                root.setAttribute(key, value.textValue());
            }
        }
        writeChildren(root, structure.get("children"));
    }

    private void writeChildren(H5Group parent, JsonNode children) {
        if (children == null || !children.isArray()) {
            return;
        }
        for (JsonNode child : children) {
            try {
                writeNode(parent, child);
            } catch (RuntimeException e) {
                LOG.log(Level.ERROR, "Node in {0} skipped: {1}", parent.path(), e.getMessage());
            }
        }
    }

    private void writeNode(H5Group parent, JsonNode node) {
        if (!node.isObject()) {
            LOG.log(Level.WARNING, "Child of {0} is not an object; skipped", parent.path());
            return;
        }
        if (node.has("module")) {
            writeModuleNode(parent, node);
            return;
        }
        String type = text(node, "type");
        if (!"group".equals(type)) {
            LOG.log(Level.WARNING, "Node of type {0} in {1} is not supported; skipped", type, parent.path());
            return;
        }
        String name = text(node, "name");
        if (name == null || name.isEmpty()) {
            LOG.log(Level.WARNING, "Group without a name in {0} ignored", parent.path());
            return;
        }
        H5Group group = parent.group(name);
        AttributeWriter.write(group, node.get("attributes"));
        writeChildren(group, node.get("children"));
    }

    private void writeModuleNode(H5Group parent, JsonNode node) {
        String module = text(node, "module");
        JsonNode config = node.has("config")
                ? node.get("config")
                : com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        if (module == null) {
            LOG.log(Level.WARNING, "Module node without a module name in {0} skipped", parent.path());
        } else if (module.equals("dataset")) {
            writeStaticDataset(parent, config, node.get("attributes"));
        } else if (module.equals("link")) {
            String name = text(config, "name");
            String source = text(config, "source");
            if (name == null || source == null) {
                LOG.log(Level.WARNING, "Link in {0} needs name and source; skipped", parent.path());
                return;
            }
            links.add(new LinkNode(parent, name, source));
        } else if (module.equals("mdat")) {
            mdatNodes.add(new ModuleNode(parent, module, config));
        } else {
            if (node.has("attributes")) {
                LOG.log(
                        Level.INFO,
                        "attributes beside the config of module {0} in {1} are ignored",
                        module,
                        parent.path());
            }
            modules.add(new ModuleNode(parent, module, config));
        }
    }

    private void writeStaticDataset(H5Group parent, JsonNode config, JsonNode attributes) {
        String name = text(config, "name");
        JsonNode values = config.has("values") ? config.get("values") : config.get("value");
        if (name == null || values == null || values.isNull()) {
            LOG.log(Level.WARNING, "Dataset in {0} needs name and values; skipped", parent.path());
            return;
        }
        JsonNode dtypeNode = config.has("dtype") ? config.get("dtype") : config.get("type");
        DataType type;
        if (dtypeNode == null) {
            type = values.isTextual() || JsonValues.inferType(values).isString() ? DataType.STRING : DataType.FLOAT64;
        } else {
            Optional<DataType> named = JsonValues.typeByName(dtypeNode.asText());
            if (named.isEmpty()) {
                LOG.log(
                        Level.ERROR,
                        "Failed to create or access dataset. Name: {0}. Unknown dtype {1}. HDF5 Path: {2}",
                        name,
                        dtypeNode.asText(),
                        parent.path());
                return;
            }
            type = named.get();
        }
        TypedData data = JsonValues.toTypedData(values, type);
        long[] dims = data.dims();
        if (dims.length == 0 && rules.scalarsAsOneElementArrays()) {
            dims = new long[] {1};
        }
        try (H5Dataset dataset = parent.createDataset(name, type, dims, data.data())) {
            AttributeWriter.write(dataset, attributes);
        }
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
