package writer.output.modules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import writer.output.nexus.ModuleNode;
import writer.profile.ProfileRules;

/**
 * Creates the stream modules of a NeXus structure with their companions (§5.5). Modules are looked up by
 * name, then by flatbuffer identifier. The profile's rules say which modules its binary lacks (a start asking for
 * one fails) and which companions a module brings.
 */
public final class ModuleFactory {
    private static final Logger LOG = System.getLogger(ModuleFactory.class.getName());

    private record Kind(String identifier, Function<ModuleContext, WriterModule> create) {}

    private static final Map<String, Kind> MODULES = Map.ofEntries(
            Map.entry("f142", new Kind("f142", F142Module::new)),
            Map.entry("f142_test", new Kind("f142", F142TestModule::new)),
            Map.entry("f144", new Kind("f144", F144Module::new)),
            Map.entry("ev42", new Kind("ev42", Ev42Module::new)),
            Map.entry("ev44", new Kind("ev44", Ev44Module::new)),
            Map.entry("ep00", new Kind("ep00", c -> new Ep00Module(c, "ep00"))),
            Map.entry("epics_con_status", new Kind("ep00", c -> new Ep00Module(c, "epics_con_status"))),
            Map.entry("ep01", new Kind("ep01", c -> new Ep01Module(c, "ep01"))),
            Map.entry("epics_con_info", new Kind("ep01", c -> new Ep01Module(c, "epics_con_info"))),
            Map.entry("al00", new Kind("al00", c -> new Al00Module(c, "al00"))),
            Map.entry("alarm_info", new Kind("al00", c -> new Al00Module(c, "alarm_info"))),
            Map.entry("tdct", new Kind("tdct", TdctModule::new)),
            Map.entry("senv", new Kind("senv", c -> new SampleEnvironmentModule(c, "senv"))),
            Map.entry("se00", new Kind("se00", c -> new SampleEnvironmentModule(c, "se00"))),
            Map.entry("ADAr", new Kind("ADAr", c -> new AreaDetectorModule(c, "ADAr"))),
            Map.entry("ad00", new Kind("ad00", c -> new AreaDetectorModule(c, "ad00"))),
            Map.entry("da00", new Kind("da00", Da00Module::new)),
            Map.entry("hs00", new Kind("hs00", Hs00Module::new)));

    /** Keys of {@link #MODULES} that are only a module's identifier, looked up for its real name. */
    private static final Set<String> IDENTIFIER_ALIASES = Set.of("ep00", "ep01", "al00");

    private ModuleFactory() {}

    /**
     * The writer modules of the 2022 profile as {@code --list_modules} prints them, {@code id : name} (a module
     * registered under its identifier and a name, e.g. ep00 as epics_con_status, appears once), mdat included.
     */
    public static List<String> listing2022() {
        List<String> lines = new ArrayList<>();
        MODULES.forEach((name, kind) -> {
            if (!IDENTIFIER_ALIASES.contains(name)) {
                lines.add(kind.identifier() + " : " + name);
            }
        });
        lines.add("mdat : mdat");
        lines.sort(null);
        return lines;
    }

    /** The flatbuffer identifiers the writer modules of the 2022 profile read, mdat's none. */
    public static List<String> identifiers2022() {
        return MODULES.values().stream()
                .map(Kind::identifier)
                .distinct()
                .sorted()
                .toList();
    }

    /** Every module name the writer knows (for --help and logs). */
    public static List<String> moduleNames() {
        return MODULES.keySet().stream().sorted().toList();
    }

    /**
     * Creates the module of `node` and its companions. A node without topic or source, or with an unknown
     * module, is skipped (empty list); a module that fails while setting up throws.
     */
    public static List<ModuleInstance> create(ModuleNode node, ProfileRules rules) {
        ModuleConfig config = new ModuleConfig(node.config(), node.module());
        Optional<String> topic = config.text("topic");
        Optional<String> source = config.text("source");
        if (topic.isEmpty() || source.isEmpty()) {
            return skipped("Module {0} in {1} needs topic and source; skipped", node);
        }
        if (rules.lacksModule(node.module())) {
            // HEAD's text, its missing closing quote included; the caller wraps it in "Could not initialise stream".
            throw new IllegalArgumentException("Error while getting module with name/id \"" + node.module()
                    + "\" for source \"" + source.get() + "\". Message was: Unable to find module with name/id \""
                    + node.module());
        }
        Kind kind = MODULES.get(node.module());
        if (kind == null) {
            return skipped("Unknown writer module {0} in {1}; skipped", node);
        }
        ModuleContext context = new ModuleContext(node.group(), topic.get(), source.get(), config, rules);
        List<ModuleInstance> created = new ArrayList<>();
        created.add(instance(context, node.module(), kind));
        for (String companion : rules.companions(node.module())) {
            if (config.bool("enable_" + companion, true)) {
                created.add(instance(context, companion, MODULES.get(companion)));
            }
        }
        return created;
    }

    private static ModuleInstance instance(ModuleContext context, String name, Kind kind) {
        return new ModuleInstance(
                context.topic(),
                context.source(),
                name,
                context.group().path(),
                kind.create().apply(context));
    }

    private static List<ModuleInstance> skipped(String message, ModuleNode node) {
        LOG.log(Level.WARNING, message, node.module(), node.group().path());
        return List.of();
    }
}
