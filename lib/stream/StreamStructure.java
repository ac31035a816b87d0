package lib.stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The NeXus structure (run start JSON) for what is streamed: under {@code entry} one group per source, named after
 * it ({@link #groupPath}), an NXlog with the f144/f142 module (values as double) or an NXevent_data with the
 * ev44/ev42 module.
 */
public final class StreamStructure {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StreamStructure() {}

    /** The path of the group that holds {@code sourceName}'s data, e.g. {@code entry/log_07}. */
    public static String groupPath(String sourceName) {
        return "entry/" + sourceName.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    public static String of(List<SourceSpec> sources) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode entry = root.putArray("children").addObject();
        entry.put("type", "group").put("name", "entry");
        entry.putObject("attributes").put("NX_class", "NXentry");
        ArrayNode groups = entry.putArray("children");
        Set<String> names = new HashSet<>();
        for (SourceSpec source : sources) {
            String path = groupPath(source.sourceName());
            if (!names.add(path)) {
                throw new IllegalArgumentException(
                        "two sources would both be written to " + path + "; give the sources distinct names");
            }
            ObjectNode group = groups.addObject();
            group.put("type", "group").put("name", path.substring("entry/".length()));
            group.putObject("attributes").put("NX_class", source.isEvents() ? "NXevent_data" : "NXlog");
            ObjectNode module = group.putArray("children").addObject();
            module.put("module", source.schema());
            ObjectNode config = module.putObject("config");
            config.put("source", source.sourceName()).put("topic", source.topic());
            if (!source.isEvents()) {
                config.put("dtype", "double");
            }
        }
        return root.toPrettyString();
    }
}
