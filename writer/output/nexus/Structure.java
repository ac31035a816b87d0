package writer.output.nexus;

import java.util.List;

/** What the static pass found that is written later: stream modules, mdat nodes and links. */
public record Structure(List<ModuleNode> modules, List<ModuleNode> mdatNodes, List<LinkNode> links) {}
