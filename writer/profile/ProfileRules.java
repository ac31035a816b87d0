package writer.profile;

import java.time.Duration;
import java.util.List;
import lib.wire.Profile;
import lib.wire.RunStart;
import writer.protocol.StartRules;
import writer.protocol.StopRules;

/**
 * Everything in which the two profiles differ (protocol.md §0), gathered in one object per profile: chosen once
 * from the command line ({@link #of}) and handed to wherever one of its rules applies, so no other code asks which
 * profile it runs under.
 */
public interface ProfileRules {

    static ProfileRules of(Profile profile) {
        return profile == Profile.P2022 ? new ProfileRules2022() : new ProfileRulesCurrent();
    }

    /** The profile's command-line spelling: "current" or "2022". */
    String label();

    // The command line (protocol.md §7).

    /** Where files go without --hdf-output-prefix: 2022 "" (the pl72 filename as given), current the working folder. */
    String defaultOutputPrefix();

    /**
     * The first of the binary's required options that is missing (in the order its parser declares them), or null.
     * Asked for {@code --list_modules}, which the binary answers only once they are all given.
     */
    String firstMissingRequiredOption(boolean hasBrokers, boolean hasCommandTopic, boolean hasPoolTopic);

    /** Whether {@code --list_modules} lists the modules (2022) rather than being refused as unknown (HEAD). */
    boolean listsModules();

    // Topics and commands (§1).

    /**
     * Whether the pool and the command topic both carry starts and stops (2022, the command topic read while idle
     * too). Current: the pool carries only starts, each committed and followed by leaving the pool; the command topic
     * carries only stops and is read only while writing.
     */
    boolean bothTopicsCarryStartsAndStops();

    /** A start this old when it is read is logged as a warning. */
    Duration oldStartAge();

    /**
     * Whether the default command topic is read as HEAD reads it (§1.2): by a consumer created at a job's first poll,
     * subscribed at latest under a group of its own. 2022 reads it by assignment from its end, for the process's life.
     */
    boolean lazyDefaultTopicConsumer();

    /** Whether a job's control topic is read from the job's start time (current) rather than from its end (2022). */
    boolean readsControlTopicFromStart();

    /** The brokers a job's data is read from: 2022 the pl72's broker, current the command brokers. */
    String dataBrokers(RunStart start, String commandBrokers);

    // Answers and status (§4).

    /** The checks a pl72 passes (§4.2, §4.3). */
    StartRules startRules();

    /** The checks a 6s4t passes (§4.4). */
    StopRules stopRules();

    /** Whether the unchanged pl72 bytes go out before its answ (current, §1.5). */
    boolean echoesStart();

    /** The job's file (§4.1) from the output prefix and the pl72 filename. */
    String outputPath(String prefix, String filename);

    /** Whether the status_json carries "extra" (2022, §4.7). */
    boolean statusHasExtra();

    /** The file name a wrdn reports: 2022 the pl72 filename, current the file's path. */
    String wrdnFileName(RunStart start, String outputPath);

    /** Whether a successful job's wrdn metadata is its final status merged with the pl72 metadata (2022, §4.8). */
    boolean wrdnMetadataHasFinalStatus();

    // The file (§5).

    /** The commit shown in the root's "creator" attribute, from the writer's version. */
    String creatorVersion(String version);

    /** Text fields of the structure's top level copied to root attributes (current: the template versions). */
    List<String> structureVersionAttributes();

    /** Whether a static scalar dataset is stored as a 1-element array (2022). */
    boolean scalarsAsOneElementArrays();

    /**
     * Whether a stream module's group attributes overwrite those the JSON wrote, and a config's "attributes" are
     * written (2022); current keeps existing attributes and ignores config-level ones (§5.5).
     */
    boolean groupAttributesOverwrite();

    /** Whether a stream module names itself in a writer_module group attribute (current). */
    boolean writerModuleAttribute();

    /** Whether the profile's binary lacks the module, so that a start asking for it fails (current: all but HEAD's). */
    boolean lacksModule(String module);

    /** The extra modules a module brings along (§5.5, "Extra modules"). */
    List<String> companions(String module);

    /** The cue dataset types of the modules both eras have: tdct, senv/se00 and ADAr/ad00 (§5.6). */
    CueTypes sharedModuleCues();

    /** Whether ADAr/ad00's value dataset gets an empty units attribute (current). */
    boolean areaDetectorValueHasUnits();

    /** Whether ev44 writes the last message from before the start (2022); HEAD's ev44 drops it. */
    boolean ev44WritesMessageFromBeforeStart();

    // The data window (§6.2).

    /**
     * Whether the message kept from before the start is the last to arrive (2022), rather than the latest by time
     * (current: an older one arriving later does not replace it).
     */
    boolean keepsLastArrivedBeforeStart();

    /** Whether the first message past the stop is written too (2022). */
    boolean writesFirstMessagePastStop();
}
