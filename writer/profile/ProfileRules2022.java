package writer.profile;

import java.time.Duration;
import java.util.List;
import lib.wire.RunStart;
import writer.protocol.StartRules;
import writer.protocol.StartRules2022;
import writer.protocol.StopRules;
import writer.protocol.StopRules2022;

/** The rules of the 2022 writer (protocol.md §0). */
final class ProfileRules2022 implements ProfileRules {
    private static final List<String> EPICS_COMPANIONS = List.of("epics_con_status");

    @Override
    public String label() {
        return "2022";
    }

    @Override
    public String defaultOutputPrefix() {
        return "";
    }

    /** 2022 CLIOptions.cpp: --command-status-uri, then --job-pool-uri, both required. */
    @Override
    public String firstMissingRequiredOption(boolean hasBrokers, boolean hasCommandTopic, boolean hasPoolTopic) {
        return !hasCommandTopic ? "--command-status-uri" : !hasPoolTopic ? "--job-pool-uri" : null;
    }

    @Override
    public boolean listsModules() {
        return true;
    }

    @Override
    public boolean bothTopicsCarryStartsAndStops() {
        return true;
    }

    @Override
    public Duration oldStartAge() {
        return Duration.ofSeconds(15);
    }

    @Override
    public boolean lazyDefaultTopicConsumer() {
        return false;
    }

    @Override
    public boolean readsControlTopicFromStart() {
        return false;
    }

    @Override
    public String dataBrokers(RunStart start, String commandBrokers) {
        return start.broker();
    }

    @Override
    public StartRules startRules() {
        return new StartRules2022();
    }

    @Override
    public StopRules stopRules() {
        return new StopRules2022();
    }

    @Override
    public boolean echoesStart() {
        return false;
    }

    /** prefix + "/" + filename, or the filename alone without a prefix. */
    @Override
    public String outputPath(String prefix, String filename) {
        return prefix.isEmpty() ? filename : prefix + "/" + filename;
    }

    @Override
    public boolean statusHasExtra() {
        return true;
    }

    @Override
    public String wrdnFileName(RunStart start, String outputPath) {
        return start.filename();
    }

    @Override
    public boolean wrdnMetadataHasFinalStatus() {
        return true;
    }

    /** The short commit hash. */
    @Override
    public String creatorVersion(String version) {
        return version.length() > 7 ? version.substring(0, 7) : version;
    }

    @Override
    public List<String> structureVersionAttributes() {
        return List.of();
    }

    @Override
    public boolean scalarsAsOneElementArrays() {
        return true;
    }

    @Override
    public boolean groupAttributesOverwrite() {
        return true;
    }

    @Override
    public boolean writerModuleAttribute() {
        return false;
    }

    /** The reference writer offers every module under 2022 (the transitional tests need f144 and ev44 there). */
    @Override
    public boolean lacksModule(String module) {
        return false;
    }

    /** f144 and se00 are HEAD's modules and bring HEAD's companions even here. */
    @Override
    public List<String> companions(String module) {
        switch (module) {
            case "f142":
            case "senv":
            case "tdct":
                return EPICS_COMPANIONS;
            case "f144":
            case "se00":
                return ProfileRulesCurrent.HEAD_COMPANIONS;
            default:
                return List.of();
        }
    }

    @Override
    public CueTypes sharedModuleCues() {
        return CueTypes.ERA_2022;
    }

    @Override
    public boolean areaDetectorValueHasUnits() {
        return false;
    }

    @Override
    public boolean ev44WritesMessageFromBeforeStart() {
        return true;
    }

    @Override
    public boolean keepsLastArrivedBeforeStart() {
        return true;
    }

    @Override
    public boolean writesFirstMessagePastStop() {
        return true;
    }
}
