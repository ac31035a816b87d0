package writer.profile;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import lib.wire.RunStart;
import writer.protocol.StartRules;
import writer.protocol.StartRulesCurrent;
import writer.protocol.StopRules;
import writer.protocol.StopRulesCurrent;

/** The rules of the current writer, kafka-to-nexus's HEAD (protocol.md §0). */
final class ProfileRulesCurrent implements ProfileRules {
    static final List<String> HEAD_COMPANIONS = List.of("epics_con_info", "alarm_info");

    /** HEAD's modules by name and by identifier (protocol.md §5.5 "Module sets"; mdat is no stream module here). */
    private static final Set<String> HEAD_MODULES =
            Set.of("f144", "ev44", "ep01", "epics_con_info", "al00", "alarm_info", "tdct", "se00", "ad00", "da00");

    @Override
    public String label() {
        return "current";
    }

    @Override
    public String defaultOutputPrefix() {
        return Path.of("").toAbsolutePath().toString();
    }

    /** HEAD apps/kafka-to-nexus.cpp: --brokers, --command-status-topic, --job-pool-topic, all required. */
    @Override
    public String firstMissingRequiredOption(boolean hasBrokers, boolean hasCommandTopic, boolean hasPoolTopic) {
        if (!hasBrokers) {
            return "--brokers";
        }
        return !hasCommandTopic ? "--command-status-topic" : !hasPoolTopic ? "--job-pool-topic" : null;
    }

    @Override
    public boolean listsModules() {
        return false;
    }

    @Override
    public boolean bothTopicsCarryStartsAndStops() {
        return false;
    }

    @Override
    public Duration oldStartAge() {
        return Duration.ofSeconds(120);
    }

    @Override
    public boolean lazyDefaultTopicConsumer() {
        return true;
    }

    @Override
    public boolean readsControlTopicFromStart() {
        return true;
    }

    @Override
    public String dataBrokers(RunStart start, String commandBrokers) {
        return commandBrokers;
    }

    @Override
    public StartRules startRules() {
        return new StartRulesCurrent();
    }

    @Override
    public StopRules stopRules() {
        return new StopRulesCurrent();
    }

    @Override
    public boolean echoesStart() {
        return true;
    }

    /** The prefix joined with the filename's relative part (leading slashes dropped). */
    @Override
    public String outputPath(String prefix, String filename) {
        String relative = filename.replaceFirst("^/+", "");
        return prefix.isEmpty() ? relative : Path.of(prefix).resolve(relative).toString();
    }

    @Override
    public boolean statusHasExtra() {
        return false;
    }

    @Override
    public String wrdnFileName(RunStart start, String outputPath) {
        return outputPath;
    }

    @Override
    public boolean wrdnMetadataHasFinalStatus() {
        return false;
    }

    @Override
    public String creatorVersion(String version) {
        return version;
    }

    @Override
    public List<String> structureVersionAttributes() {
        return List.of("template_version", "dynamic_version");
    }

    @Override
    public boolean scalarsAsOneElementArrays() {
        return false;
    }

    @Override
    public boolean groupAttributesOverwrite() {
        return false;
    }

    @Override
    public boolean writerModuleAttribute() {
        return true;
    }

    /** As HEAD, any module but its own fails the job's start (decisions A5, G2). */
    @Override
    public boolean lacksModule(String module) {
        return !HEAD_MODULES.contains(module);
    }

    @Override
    public List<String> companions(String module) {
        switch (module) {
            case "f144":
            case "se00":
            case "tdct":
                return HEAD_COMPANIONS;
            default:
                return List.of();
        }
    }

    @Override
    public CueTypes sharedModuleCues() {
        return CueTypes.HEAD;
    }

    @Override
    public boolean areaDetectorValueHasUnits() {
        return true;
    }

    @Override
    public boolean ev44WritesMessageFromBeforeStart() {
        return false;
    }

    @Override
    public boolean keepsLastArrivedBeforeStart() {
        return false;
    }

    @Override
    public boolean writesFirstMessagePastStop() {
        return false;
    }
}
