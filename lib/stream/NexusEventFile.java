package lib.stream;

import io.jhdf.HdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The NXevent_data groups of a NeXus file, read with jhdf. */
public final class NexusEventFile {
    private NexusEventFile() {}

    /** Every NXevent_data group in {@code file}, depth first in the file's order; fails if there is none. */
    public static List<EventGroup> read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + ": no such file; give a NeXus file with NXevent_data groups");
        }
        List<EventGroup> groups = new ArrayList<>();
        try (HdfFile hdf = new HdfFile(file)) {
            collect(hdf, groups, new HashSet<>());
        }
        if (groups.isEmpty()) {
            throw new IllegalArgumentException(file + " holds no NXevent_data group; give a file with event data");
        }
        return groups;
    }

    /** A hard link shows as its target group again: {@code seen} addresses keep each group once. */
    private static void collect(Group group, List<EventGroup> found, Set<Long> seen) {
        if (!seen.add(group.getAddress())) {
            return;
        }
        if (isEventData(group)) {
            found.add(EventGroup.read(group));
            return;
        }
        for (Node child : group.getChildren().values()) {
            if (child instanceof Group inner && !child.isLink()) {
                collect(inner, found, seen);
            }
        }
    }

    private static boolean isEventData(Group group) {
        Attribute nxClass = group.getAttribute("NX_class");
        return nxClass != null && "NXevent_data".equals(EventGroup.text(nxClass.getData()));
    }
}
