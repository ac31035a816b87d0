package writer.output.nexus;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import writer.output.hdf5.H5File;

/** Makes the hard links of §5.3 once every dataset exists; a target that cannot be found is logged and skipped. */
public final class LinkWriter {
    private static final Logger LOG = System.getLogger(LinkWriter.class.getName());

    private LinkWriter() {}

    public static void writeAll(H5File file, List<LinkNode> links) {
        for (LinkNode link : links) {
            String target = resolve(link.group().path(), link.source());
            if (!file.exists(target)) {
                LOG.log(
                        Level.WARNING,
                        "Link {0} in {1}: target {2} (resolved to {3}) not found; skipped",
                        link.name(),
                        link.group().path(),
                        link.source(),
                        target);
                continue;
            }
            try {
                link.group().createHardLink(link.name(), target);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Link {0} in {1} not made: {2}",
                        link.name(),
                        link.group().path(),
                        e.getMessage());
            }
        }
    }

    /** Resolves `source` against the group containing the link: absolute as is, each "../" one group up. */
    static String resolve(String groupPath, String source) {
        Deque<String> parts = new ArrayDeque<>();
        if (!source.startsWith("/")) {
            for (String part : groupPath.split("/")) {
                if (!part.isEmpty()) {
                    parts.addLast(part);
                }
            }
        }
        for (String part : source.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                parts.pollLast();
            } else {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
