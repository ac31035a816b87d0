package selftests.writer.output;

import static lib.nexus.NexusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import lib.nexus.NexusFile;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Module leniencies the real writer does not have (decisions G2): each test passed against the old reference
 * writer and fails if the leniency comes back.
 */
class StrictModulesTest {
    private static final long MS = 1_000_000L;
    private static final long START_MS = 10_000;
    private static final long STOP_MS = 15_000;

    @TempDir
    Path folder;

    /** protocol.md §5.5: "cue_interval": "3" is a type error; the default (10^8 events) is kept, so no cue. */
    @Test
    void aConfigNumberGivenAsAStringKeepsTheDefault() {
        String structure = group("as_string", ev44("string_cued", "\"3\"")) + "," + group("as_number", ev44("cued", "3"));
        Replay replay = Replay.current(folder).structure(entry(structure)).window(START_MS, STOP_MS);
        for (String source : List.of("string_cued", "cued")) {
            replay.add(Recorded.at(
                    "local_detector",
                    10200,
                    EventData.ev44(source, 1, 10200 * MS, new int[] {1, 2, 3, 4, 5, 6, 7, 8}, new int[8])));
        }
        Replay.Result result = replay.write("cues.nxs");

        try (NexusFile nexus = NexusFile.open(result.file())) {
            assertThat(nexus).dataset("entry/as_number/cue_index").hasValues(7L);
            assertThat(nexus).dataset("entry/as_string/cue_index").isEmpty();
            assertThat(nexus).dataset("entry/as_string/event_id").hasRows(8);
        }
        assertThat(result.output()).contains("Got type error for config key \"cue_interval\"")
                .contains("type must be number, but is string");
    }

    /** protocol.md §5.6: da00 writes only the variables its config lists; others are dropped without a word. */
    @Test
    void da00WritesOnlyConfiguredVariables() {
        String listed = "{\"module\":\"da00\",\"config\":{\"source\":\"listed\",\"topic\":\"local_detector\","
                + "\"variables\":[{\"name\":\"signal\",\"data_type\":\"int32\",\"axes\":[\"x\"],\"shape\":[3]}]}}";
        String unlisted = "{\"module\":\"da00\",\"config\":{\"source\":\"unlisted\",\"topic\":\"local_detector\"}}";
        Path file = Replay.current(folder)
                .structure(entry(group("listed", listed) + "," + group("unlisted", unlisted)))
                .window(START_MS, STOP_MS)
                .add(Recorded.at("local_detector", 10500, TestMessages.da00("listed", 10500 * MS, "signal", "x", new int[] {1, 2, 3})))
                .add(Recorded.at("local_detector", 10501, TestMessages.da00("unlisted", 10501 * MS, "signal", "x", new int[] {1, 2, 3})))
                .writeFile("da00.nxs");

        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/listed/signal").hasShape(1, 3).hasValues(1, 2, 3);
            assertThat(nexus.dataset("entry/unlisted/signal")).as("a variable the config does not list").isEmpty();
            assertThat(nexus).dataset("entry/unlisted/time").hasValues(10501 * MS);
        }
    }

    /** decisions G2: under current only HEAD's modules exist, and an unknown one fails the start as at HEAD. */
    @Test
    void aModuleHeadLacksFailsTheStartUnderCurrentAndWritesUnder2022() {
        String f142 = "{\"module\":\"f142\",\"config\":{\"source\":\"s\",\"topic\":\"local_choppers\",\"dtype\":\"double\"}}";
        String structure = entry(group("log", f142));

        Replay.Result current = Replay.current(folder).structure(structure).window(START_MS, STOP_MS).run("f142.nxs");
        assertThat(current.exitCode()).isNotZero();
        assertThat(current.output())
                .contains("Could not initialise stream at path \"/entry/log\"")
                .contains("Error was: Error while getting module with name/id \"f142\" for source \"s\". Message was:"
                        + " Unable to find module with name/id \"f142");

        Path old = Replay.profile2022(folder)
                .structure(structure)
                .window(START_MS, STOP_MS)
                .add(Recorded.at("local_choppers", 10100, LogData.f142("s", 10100 * MS, Value.ofDouble(1))))
                .writeFile("f142_2022.nxs");
        try (NexusFile nexus = NexusFile.open(old)) {
            assertThat(nexus).dataset("entry/log/value").hasRows(1);
        }
    }

    private static String ev44(String source, String cueInterval) {
        return "{\"module\":\"ev44\",\"config\":{\"source\":\"" + source + "\",\"topic\":\"local_detector\","
                + "\"cue_interval\":" + cueInterval + "}}";
    }

    private static String group(String name, String child) {
        return "{\"type\":\"group\",\"name\":\"" + name + "\",\"children\":[" + child + "]}";
    }

    private static String entry(String children) {
        return "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"children\":[" + children + "]}]}";
    }
}
