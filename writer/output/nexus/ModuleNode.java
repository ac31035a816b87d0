package writer.output.nexus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import writer.output.hdf5.H5Group;

/**
 * A `{"module": M, "config": {...}}` node of a stream module (or mdat), with the group that contains it. The
 * config's object keys are kept sorted, as kafka-to-nexus's JSON objects (nlohmann::json, a std::map) keep them:
 * its text ({@code config().toString()}) is then the compact form the real writer quotes in its "Could not
 * initialise stream ... with configuration JSON" reply, and config-level objects are read in the same order.
 */
public record ModuleNode(H5Group group, String module, JsonNode config) {
    public ModuleNode {
        config = sortedKeys(config);
    }

    private static JsonNode sortedKeys(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isObject()) {
            List<String> names = new ArrayList<>();
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                names.add(it.next());
            }
            names.sort(null);
            ObjectNode sorted = JsonNodeFactory.instance.objectNode();
            for (String name : names) {
                sorted.set(name, sortedKeys(node.get(name)));
            }
            return sorted;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode(node.size());
            for (JsonNode element : node) {
                copy.add(sortedKeys(element));
            }
            return copy;
        }
        return node;
    }
}
