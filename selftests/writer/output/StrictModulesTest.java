package selftests.writer.output;

import static lib.nexus.NexusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import lib.nexus.NexusFile;
import lib.wire.ConnectionStatus;
import lib.wire.DataArray;
import lib.wire.EpicsConnection;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Module leniencies the real writer does not have (decisions G2): each test passed against the old reference
 * writer and fails if the leniency comes back.
 */
class StrictModulesTest {
    private static final long MS = 1_000_000L;
    private static final long START_MS = 10_000;
    private static final long STOP_MS = 15_000;
    /** kafka-to-nexus's type-error line (JsonConfig/FieldHandler.cpp), up to the nlohmann::json message. */
    private static final String TYPE_ERROR =
            "Got type error when trying to set json config field value (with key \"%s\"). The error message was:"
                    + " [json.exception.type_error.302] type must be %s, but is %s (module %s, source %s";

    @TempDir
    Path folder;

    /**
     * protocol.md §5.5: a config field takes only its JSON type. "cue_interval": "3" is a type error and the default
     * (10^8 events) is kept, so no cue; the same for a boolean given as "false" (the companion stays on) and for
     * ad00's list fields given as strings or a single number. Each is logged as the real writers log it.
     */
    @Test
    void configValuesOfTheWrongJsonTypeKeepTheDefault() {
        String flagged = "{\"module\":\"f144\",\"config\":{\"source\":\"flagged\",\"topic\":\"local_choppers\","
                + "\"type\":\"int32\",\"enable_epics_con_info\":false,\"enable_alarm_info\":\"false\"}}";
        String image = "{\"module\":\"ad00\",\"config\":{\"source\":\"image\",\"topic\":\"local_detector\","
                + "\"dtype\":\"uint16\",\"array_size\":[\"2\",\"2\"],\"chunk_size\":1024}}";
        String structure =
                entry(group("as_string", ev44("string_cued", "\"3\"")) + "," + group("as_number", ev44("cued", "3"))
                        + "," + group("flagged", flagged) + "," + group("image", image));
        Replay replay = Replay.current(folder).structure(structure).window(START_MS, STOP_MS);
        for (String source : List.of("string_cued", "cued")) {
            replay.add(Recorded.at(
                    "local_detector",
                    10200,
                    EventData.ev44(source, 1, 10200 * MS, new int[] {1, 2, 3, 4, 5, 6, 7, 8}, new int[8])));
        }
        replay.add(Recorded.at("local_choppers", 10300, LogData.f144("flagged", 10300 * MS, Value.ofInt(7))));
        replay.add(Recorded.at(
                "local_detector",
                10400,
                TestMessages.areaDetector("ad00", "image", 10400 * MS, new long[] {2, 2}, new short[] {1, 2, 3, 4})));
        Replay.Result result = replay.write("types.nxs");

        try (NexusFile nexus = NexusFile.open(result.file())) {
            assertThat(nexus).dataset("entry/as_number/cue_index").hasValues(7L);
            assertThat(nexus).dataset("entry/as_string/cue_index").isEmpty();
            assertThat(nexus).dataset("entry/as_string/event_id").hasRows(8);
            assertThat(nexus).dataset("entry/flagged/value").hasValues(7);
            assertThat(nexus)
                    .as("\"false\" is no boolean: alarm_info stays on, epics_con_info (false) is off")
                    .hasDataset("entry/flagged/alarm_message")
                    .hasNoNode("entry/flagged/connection_status");
            assertThat(nexus).dataset("entry/image/value").hasShape(1, 2, 2);
        }
        assertThat(result.output())
                .contains(TYPE_ERROR.formatted("cue_interval", "number", "string", "ev44", "string_cued"))
                .doesNotContain(TYPE_ERROR.formatted("cue_interval", "number", "string", "ev44", "cued"))
                .contains(TYPE_ERROR.formatted("enable_alarm_info", "boolean", "string", "f144", "flagged"))
                .doesNotContain("(with key \"enable_epics_con_info\")")
                .contains(TYPE_ERROR.formatted("array_size", "number", "string", "ad00", "image"))
                .contains(TYPE_ERROR.formatted("chunk_size", "array", "number", "ad00", "image"));
    }

    /**
     * protocol.md §5.6: da00 writes only the variables its config lists with data_type and shape; others, in the
     * same message or from a source whose config lists none, are dropped without a word.
     */
    @Test
    void da00WritesOnlyConfiguredVariables() {
        String listed = "{\"module\":\"da00\",\"config\":{\"source\":\"listed\",\"topic\":\"local_detector\","
                + "\"variables\":[{\"name\":\"signal\",\"data_type\":\"int32\",\"axes\":[\"x\"],\"shape\":[3]},"
                + "{\"name\":\"shapeless\",\"data_type\":\"int32\"}]}}";
        String unlisted = "{\"module\":\"da00\",\"config\":{\"source\":\"unlisted\",\"topic\":\"local_detector\"}}";
        DataArray.Variable signal = variable("signal", 1, 2, 3);
        byte[] threeVariables = new DataArray(
                        "listed",
                        Instant.ofEpochMilli(10500),
                        List.of(signal, variable("extra", 4, 5, 6), variable("shapeless", 7, 8, 9)))
                .toBytes();
        Path file = Replay.current(folder)
                .structure(entry(group("listed", listed) + "," + group("unlisted", unlisted)))
                .window(START_MS, STOP_MS)
                .add(Recorded.at("local_detector", 10500, threeVariables))
                .add(Recorded.at(
                        "local_detector",
                        10501,
                        TestMessages.da00("unlisted", 10501 * MS, "signal", "x", new int[] {1, 2, 3})))
                .writeFile("da00.nxs");

        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/listed/signal").hasShape(1, 3).hasValues(1, 2, 3);
            assertThat(nexus)
                    .as("variables the config does not list, or lists without a shape")
                    .hasNoNode("entry/listed/extra")
                    .hasNoNode("entry/listed/shapeless")
                    .hasNoNode("entry/unlisted/signal");
            assertThat(nexus).dataset("entry/listed/time").hasValues(10500 * MS);
            assertThat(nexus).dataset("entry/unlisted/time").hasValues(10501 * MS);
        }
    }

    /**
     * decisions G2: under current only HEAD's modules exist, and any other fails the start with HEAD's text
     * (JobCreator.cpp, its config quoted as nlohmann::json dumps it, keys sorted; WriterRegistrar.cpp's message lacks
     * the closing quote). JobControl puts it after "Failed to start filewriting job. The failure message was: " in a
     * 500 answ (WriterCommandLineTest checks that reply).
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"f142", "f142_test", "ev42", "ep00", "epics_con_status", "senv", "ADAr", "hs00"})
    void aModuleHeadLacksFailsTheStartUnderCurrent(String module) {
        String node = "{\"module\":\"" + module + "\",\"config\":{\"source\":\"s\",\"topic\":\"local_choppers\","
                + "\"dtype\":\"double\"}}";
        Replay.Result current = Replay.current(folder)
                .structure(entry(group("log", node)))
                .window(START_MS, STOP_MS)
                .run(module + ".nxs");

        assertThat(current.exitCode()).as(current.output()).isNotZero();
        assertThat(current.output().lines())
                .contains("replay: Could not initialise stream at path \"/entry/log\" with configuration JSON"
                        + " \"{\"dtype\":\"double\",\"source\":\"s\",\"topic\":\"local_choppers\"}\". Error was: Error"
                        + " while getting module with name/id \"" + module + "\" for source \"s\". Message was: Unable"
                        + " to find module with name/id \"" + module);
        assertThat(current.file()).as("a failed start leaves no file").doesNotExist();
    }

    /** decisions A5: under 2022 the same modules write (the transitional tests need every module there). */
    @Test
    void theModulesHeadLacksWriteUnder2022() {
        String structure = entry(group("log", stream("f142", "log")) + "," + group("test", stream("f142_test", "test"))
                + "," + group("events", stream("ev42", "events")) + "," + group("pv", stream("ep00", "pv")));
        Path file = Replay.profile2022(folder)
                .structure(structure)
                .window(START_MS, STOP_MS)
                .add(Recorded.at("local_choppers", 10100, LogData.f142("log", 10100 * MS, Value.ofDouble(1))))
                .add(Recorded.at("local_choppers", 10101, LogData.f142("test", 10101 * MS, Value.ofDouble(2))))
                .add(Recorded.at(
                        "local_choppers", 10102, EventData.ev42("events", 1, 10102 * MS, new int[] {5}, new int[] {6})))
                .add(Recorded.at(
                        "local_choppers",
                        10103,
                        EpicsConnection.ep00("pv", Instant.ofEpochMilli(10103), ConnectionStatus.CONNECTED)))
                .writeFile("old_modules_2022.nxs");

        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/log/value").hasRows(1);
            assertThat(nexus).dataset("entry/test/cue_index").hasValues(0);
            assertThat(nexus).dataset("entry/events/event_id").hasValues(6);
            assertThat(nexus).dataset("entry/pv/connection_status").hasRows(1);
        }
    }

    private static DataArray.Variable variable(String name, int... values) {
        return DataArray.Variable.of(name, "", List.of("x"), new long[] {values.length}, Value.ofInts(values));
    }

    private static String stream(String module, String source) {
        return "{\"module\":\"" + module + "\",\"config\":{\"source\":\"" + source
                + "\",\"topic\":\"local_choppers\"}}";
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
