package lib.nexus;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text dump of a file for failure messages: one line per node with its type, shape and first values,
 * attributes indented below. A hard link shows as its target; a node seen before is not expanded again.
 */
final class NexusTree {
    private static final int VALUES_SHOWN = 6;

    private final StringBuilder out = new StringBuilder();
    private final Map<Long, String> seenAddresses = new HashMap<>();

    private NexusTree() {}

    static String describe(Group root) {
        NexusTree tree = new NexusTree();
        tree.group(root, "/", 0);
        return tree.out.toString();
    }

    private void group(Group group, String path, int depth) {
        line(depth, path + " (group)");
        attributes(group, depth + 1);
        for (Map.Entry<String, Node> child : new TreeMap<>(group.getChildren()).entrySet()) {
            String childPath = ("/".equals(path) ? "/" : path + "/") + child.getKey();
            node(child.getValue(), childPath, depth + 1);
        }
    }

    private void node(Node node, String path, int depth) {
        try {
            if (node instanceof Link link) {
                line(depth, path + " -> " + link.getTargetPath() + (link.isBrokenLink() ? " (broken link)" : ""));
                return;
            }
            String earlier = seenAddresses.putIfAbsent(node.getAddress(), path);
            if (earlier != null) {
                line(depth, path + " (hard link, same object as " + earlier + ")");
                return;
            }
            if (node instanceof Group group) {
                group(group, path, depth);
            } else if (node instanceof Dataset dataset) {
                DataValues values = DataValues.of(dataset);
                line(
                        depth,
                        path + " " + values.dtype() + " " + values.shapeText() + " = "
                                + values.firstValues(VALUES_SHOWN));
                attributes(node, depth + 1);
            } else {
                line(depth, path + " (" + node.getType() + ")");
            }
        } catch (RuntimeException e) {
            line(depth, path + " (unreadable: " + e.getMessage() + ")");
        }
    }

    private void attributes(Node node, int depth) {
        for (Map.Entry<String, Attribute> entry : new TreeMap<>(node.getAttributes()).entrySet()) {
            try {
                DataValues values = DataValues.of(entry.getValue());
                String shape = values.rank() == 0 ? "" : " " + values.shapeText();
                String shown = values.rank() == 0 && values.size() == 1
                        ? DataValues.format(values.elements().get(0))
                        : values.firstValues(VALUES_SHOWN);
                line(depth, "@" + entry.getKey() + shape + " = " + shown);
            } catch (RuntimeException e) {
                line(depth, "@" + entry.getKey() + " (unreadable: " + e.getMessage() + ")");
            }
        }
    }

    private void line(int depth, String text) {
        out.append("  ".repeat(depth)).append(text).append('\n');
    }
}
