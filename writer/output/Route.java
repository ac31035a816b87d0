package writer.output;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import writer.output.filter.SourceFilter;
import writer.output.modules.ModuleInstance;

/** The modules reading one (identifier, source) pair, their topics, and the pair's data-window filter. */
final class Route {
    final List<ModuleInstance> modules = new ArrayList<>();
    final Set<String> topics = new HashSet<>();
    SourceFilter filter;
}
