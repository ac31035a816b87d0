package selftests.writer.output;

import static lib.nexus.NexusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import lib.nexus.NexusFile;
import lib.wire.Alarm;
import lib.wire.ConnectionStatus;
import lib.wire.EpicsConnection;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HEAD modules (upstream's domain test X5 and more): f144 with ep01/al00, ev44, ad00, da00, tdct, se00. */
class CurrentModulesTest {
    private static final long START_MS = 10_000;
    private static final long STOP_MS = 15_000;
    private static final long MS = 1_000_000L;

    private static final String STRUCTURE =
            """
        {"children": [{"type": "group", "name": "entry", "attributes": {"NX_class": "NXentry"}, "children": [
          {"type": "group", "name": "instrument", "children": [
            {"type": "group", "name": "chopper", "children": [
              {"type": "group", "name": "rotation_speed", "children": [
                {"module": "f144", "config": {"source": "speed", "topic": "local_choppers", "dtype": "double",
                                              "value_units": "Hz", "cue_interval": 1}}]},
              {"type": "group", "name": "delay", "attributes": {"NX_class": "NXcustom"}, "children": [
                {"module": "f144", "config": {"source": "delay", "topic": "local_choppers", "dtype": "double",
                                              "attributes": {"ignored": "at HEAD"}}}]},
              {"type": "group", "name": "quiet", "children": [
                {"module": "f144", "config": {"source": "quiet", "topic": "local_choppers", "type": "int32",
                                              "enable_epics_con_info": false, "enable_alarm_info": false}}]},
              {"type": "group", "name": "converted", "children": [
                {"module": "f144", "config": {"source": "converted", "topic": "local_choppers", "type": "int32"}}]},
              {"type": "group", "name": "timestamps", "children": [
                {"module": "tdct", "config": {"source": "chopper_tdc", "topic": "local_choppers"}}]},
              {"type": "group", "name": "no_data", "children": [
                {"module": "tdct", "config": {"source": "silent_tdc", "topic": "local_choppers"}}]},
              {"type": "group", "name": "no_topic", "children": [{"module": "f144", "config": {"source": "x"}}]}
            ]},
            {"type": "group", "name": "event_detector", "children": [
              {"type": "group", "name": "events", "children": [
                {"module": "ev44", "config": {"source": "detector_events", "topic": "local_detector",
                                              "cue_interval": 3}}]}]},
            {"type": "group", "name": "image_detector", "children": [
              {"type": "group", "name": "data", "children": [
                {"module": "ad00", "config": {"source": "image_data", "topic": "local_detector", "dtype": "uint16",
                                              "array_size": [2, 2]}}]}]},
            {"type": "group", "name": "beam_monitor", "children": [
              {"module": "da00", "config": {"source": "monitor_data", "topic": "local_detector", "title": "Monitor",
                "variables": [{"name": "signal", "data_type": "int32", "axes": ["x"], "shape": [7], "unit": "counts"}],
                "constants": [{"name": "x", "data_type": "float64", "data": [1, 2, 3, 4, 5, 6, 7], "unit": "mm"}]}}]},
            {"type": "group", "name": "links", "children": [
              {"module": "link", "config": {"name": "linked_value", "source": "../chopper/rotation_speed/value"}},
              {"module": "link", "config": {"name": "linked_time",
                                            "source": "/entry/instrument/chopper/rotation_speed/time"}}]},
            {"type": "group", "name": "pv_connection", "children": [
              {"module": "epics_con_info", "config": {"source": "pv", "topic": "local_pvs"}}]},
            {"type": "group", "name": "pv_alarms", "children": [
              {"module": "al00", "config": {"source": "pv", "topic": "local_pvs"}}]},
            {"type": "group", "name": "sample_env", "children": [
              {"module": "se00", "config": {"source": "temperature", "topic": "local_sample", "type": "int16"}}]}
          ]}
        ]}]}
        """;

    @TempDir
    static Path folder;

    static Path file;

    @BeforeAll
    static void writeFile() {
        String choppers = "local_choppers";
        String detector = "local_detector";
        file = Replay.current(folder)
                .structure(STRUCTURE)
                .window(START_MS, STOP_MS)
                .add(Recorded.at(choppers, 10100, LogData.f144("speed", 10100 * MS, Value.ofDouble(10))))
                .add(Recorded.at(choppers, 10110, LogData.f144("speed", 10110 * MS, Value.ofDouble(15))))
                // time 0 is discarded (else it would be kept as the last value before the start)
                .add(Recorded.at(choppers, 10111, LogData.f144("speed", 0, Value.ofDouble(99))))
                .add(Recorded.at(choppers, 10150, LogData.f144("delay", 10150 * MS, Value.ofDouble(1e9))))
                .add(Recorded.at(
                        choppers, 10101, EpicsConnection.ep01("delay", instant(10101), ConnectionStatus.CONNECTED)))
                .add(Recorded.at(
                        choppers, 10111, EpicsConnection.ep01("delay", instant(10111), ConnectionStatus.DISCONNECTED)))
                .add(Recorded.at(
                        choppers,
                        10102,
                        Alarm.al00("delay", 10102 * MS, Alarm.Severity.MINOR, "Chopper speed is too low")))
                .add(Recorded.at(choppers, 10112, Alarm.al00("delay", 10112 * MS, Alarm.Severity.OK, "")))
                .add(Recorded.at(choppers, 10120, LogData.f144("quiet", 10120 * MS, Value.ofInt(7))))
                .add(Recorded.at(
                        choppers, 10121, EpicsConnection.ep01("quiet", instant(10121), ConnectionStatus.CONNECTED)))
                .add(Recorded.at(choppers, 10130, LogData.f144("converted", 10130 * MS, Value.ofDouble(3.75))))
                .add(Recorded.at(choppers, 10131, LogData.f144("converted", 10131 * MS, Value.ofDoubles(1, 2))))
                .add(Recorded.at(choppers, 10132, LogData.f144("converted", 10132 * MS, Value.ofULong(-1L))))
                .add(Recorded.at(choppers, 10300, TestMessages.tdct("chopper_tdc", 10300 * MS, 10301 * MS)))
                .add(Recorded.at(choppers, 10400, TestMessages.tdct("chopper_tdc", 10400 * MS)))
                .add(Recorded.at(detector, 10200, events(10200, 10, 20, 30, 40)))
                .add(Recorded.at(detector, 10210, events(10210, 50, 60, 70, 80)))
                .add(Recorded.at(detector, 10220, events(10220, 90, 100, 110, 120)))
                .add(Recorded.at(detector, 10230, events(10230, 130, 140, 150, 160)))
                .add(Recorded.at(
                        detector,
                        10300,
                        TestMessages.areaDetector(
                                "ad00", "image_data", 10300 * MS, new long[] {2, 2}, new short[] {10, 11, 12, 13})))
                .add(Recorded.at(
                        detector,
                        10310,
                        TestMessages.areaDetector(
                                "ad00", "image_data", 10310 * MS, new long[] {2, 2}, new short[] {13, 12, 11, 10})))
                .add(Recorded.at(
                        detector,
                        10500,
                        TestMessages.da00("monitor_data", 10500 * MS, "signal", "x", new int[] {1, 2, 3, 4, 3, 2, 1})))
                .add(Recorded.at(
                        detector,
                        10600,
                        TestMessages.da00("monitor_data", 10600 * MS, "signal", "x", new int[] {4, 3, 2, 1, 2, 3, 4})))
                .add(Recorded.at(
                        "local_sample",
                        10700,
                        TestMessages.se00("temperature", 10700 * MS, 1000.0, (short) 1, (short) 2, (short) 3)))
                .add(Recorded.at(
                        "local_pvs", 10900, EpicsConnection.ep01("pv", instant(10900), ConnectionStatus.REMOTE_ERROR)))
                .add(Recorded.at("local_pvs", 10901, Alarm.al00("pv", 10901 * MS, Alarm.Severity.INVALID, "lost")))
                .add(Recorded.at(detector, 10800, new byte[] {1, 2, 3}))
                .add(Recorded.at(detector, 10800, "\0\0\0\0abcdunknown identifier".getBytes()))
                .add(Recorded.at(detector, 10801, "garbage!garbage!garbage!".getBytes()))
                .writeFile("modules.nxs");
    }

    private static java.time.Instant instant(long ms) {
        return java.time.Instant.ofEpochMilli(ms);
    }

    private static EventData events(long pulseMs, int... timesOfFlight) {
        return EventData.ev44("detector_events", 0, pulseMs * MS, timesOfFlight, new int[] {1, 2, 3, 4});
    }

    @Test
    void f144_writes_values_times_cues_and_statistics_with_units() {
        try (NexusFile nexus = NexusFile.open(file)) {
            String group = "entry/instrument/chopper/rotation_speed/";
            assertThat(nexus).dataset(group + "value").hasDtype("float64").hasValues(10.0, 15.0);
            assertThat(nexus)
                    .dataset(group + "value")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("Hz");
            assertThat(nexus).dataset(group + "time").hasDtype("uint64").hasValues(10100 * MS, 10110 * MS);
            assertThat(nexus)
                    .dataset(group + "time")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("ns");
            assertThat(nexus)
                    .dataset(group + "time")
                    .attribute("start")
                    .scalarValue()
                    .isEqualTo("1970-01-01T00:00:00Z");
            assertThat(nexus).dataset(group + "cue_index").hasDtype("int64").hasValues(0, 1);
            assertThat(nexus)
                    .dataset(group + "cue_timestamp_zero")
                    .hasDtype("int64")
                    .hasValues(10100 * MS, 10110 * MS);
            assertThat(nexus)
                    .dataset(group + "minimum_value")
                    .isScalar()
                    .scalarValue()
                    .isEqualTo(10.0);
            assertThat(nexus)
                    .dataset(group + "maximum_value")
                    .isScalar()
                    .scalarValue()
                    .isEqualTo(15.0);
            assertThat(nexus)
                    .dataset(group + "average_value")
                    .isScalar()
                    .scalarValue()
                    .isCloseTo(12.5, within(1e-9));
            assertThat(nexus)
                    .dataset(group + "average_value")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("Hz");
        }
    }

    @Test
    void f144_without_units_writes_empty_units_and_writes_ep01_and_al00_companions() {
        try (NexusFile nexus = NexusFile.open(file)) {
            String group = "entry/instrument/chopper/delay/";
            assertThat(nexus).dataset(group + "value").hasValues(1e9);
            assertThat(nexus)
                    .dataset(group + "value")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("");
            assertThat(nexus)
                    .dataset(group + "minimum_value")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("");
            assertThat(nexus)
                    .dataset(group + "connection_status")
                    .hasDtype("int16")
                    .hasValues(2, 3);
            assertThat(nexus).dataset(group + "connection_status_time").hasValues(10101 * MS, 10111 * MS);
            assertThat(nexus)
                    .dataset(group + "alarm_message")
                    .hasDtype("string(200)")
                    .hasValues("Chopper speed is too low", "NO ALARM MESSAGE");
            assertThat(nexus)
                    .dataset(group + "alarm_severity")
                    .hasDtype("int16")
                    .hasValues(1, 0);
            assertThat(nexus).dataset(group + "alarm_time").hasValues(10102 * MS, 10112 * MS);
            assertThat(nexus)
                    .dataset(group + "alarm_time")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("ns");
        }
    }

    @Test
    void module_group_attributes_keep_what_the_json_wrote_at_head() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .group("entry/instrument/chopper/rotation_speed")
                    .attribute("NX_class")
                    .scalarValue()
                    .isEqualTo("NXlog");
            assertThat(nexus)
                    .group("entry/instrument/chopper/rotation_speed")
                    .attribute("topic")
                    .scalarValue()
                    .isEqualTo("local_choppers");
            assertThat(nexus)
                    .group("entry/instrument/chopper/rotation_speed")
                    .attribute("source")
                    .scalarValue()
                    .isEqualTo("speed");
            assertThat(nexus)
                    .group("entry/instrument/chopper/rotation_speed")
                    .attribute("writer_module")
                    .scalarValue()
                    .isEqualTo("f144");
            assertThat(nexus)
                    .group("entry/instrument/chopper/delay")
                    .attribute("NX_class")
                    .scalarValue()
                    .isEqualTo("NXcustom");
            assertThat(nexus.hdf().getByPath("entry/instrument/chopper/delay").getAttributes())
                    .doesNotContainKey("ignored");
            assertThat(nexus)
                    .group("entry/instrument/event_detector/events")
                    .attribute("NX_class")
                    .scalarValue()
                    .isEqualTo("NXevent_data");
            assertThat(nexus)
                    .group("entry/instrument/beam_monitor")
                    .attribute("NX_class")
                    .scalarValue()
                    .isEqualTo("NXdata");
        }
    }

    @Test
    void companions_can_be_turned_off_and_nodes_without_topic_are_skipped() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/instrument/chopper/quiet/value").hasValues(7);
            assertThat(nexus)
                    .hasNoNode("entry/instrument/chopper/quiet/connection_status")
                    .hasNoNode("entry/instrument/chopper/quiet/alarm_message")
                    .hasNoNode("entry/instrument/chopper/no_topic/value");
        }
    }

    @Test
    void f144_converts_to_the_configured_type_and_refuses_arrays() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .dataset("entry/instrument/chopper/converted/value")
                    .hasDtype("int32")
                    .hasValues(3, -1);
            assertThat(nexus).dataset("entry/instrument/chopper/converted/time").hasValues(10130 * MS, 10132 * MS);
        }
    }

    @Test
    void ev44_writes_events_pulses_indices_and_cues() {
        try (NexusFile nexus = NexusFile.open(file)) {
            String group = "entry/instrument/event_detector/events/";
            assertThat(nexus)
                    .dataset(group + "event_time_offset")
                    .hasDtype("int32")
                    .hasValues(10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140, 150, 160);
            assertThat(nexus)
                    .dataset(group + "event_time_offset")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("ns");
            assertThat(nexus)
                    .dataset(group + "event_id")
                    .hasDtype("int32")
                    .hasValues(1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4);
            assertThat(nexus)
                    .dataset(group + "event_time_zero")
                    .hasDtype("uint64")
                    .hasValues(10200 * MS, 10210 * MS, 10220 * MS, 10230 * MS);
            assertThat(nexus).dataset(group + "event_index").hasDtype("int64").hasValues(0, 4, 8, 12);
            assertThat(nexus).dataset(group + "cue_index").hasValues(3, 7, 11, 15);
            assertThat(nexus)
                    .dataset(group + "cue_timestamp_zero")
                    .hasValues(10200 * MS + 40, 10210 * MS + 80, 10220 * MS + 120, 10230 * MS + 160);
        }
    }

    @Test
    void ad00_writes_images_with_empty_units() {
        try (NexusFile nexus = NexusFile.open(file)) {
            String group = "entry/instrument/image_detector/data/";
            assertThat(nexus)
                    .dataset(group + "value")
                    .hasShape(2, 2, 2)
                    .hasDtype("uint16")
                    .hasValues(10, 11, 12, 13, 13, 12, 11, 10);
            assertThat(nexus)
                    .dataset(group + "value")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("");
            assertThat(nexus).dataset(group + "time").hasValues(10300 * MS, 10310 * MS);
        }
    }

    @Test
    void da00_writes_variables_constants_and_time() {
        try (NexusFile nexus = NexusFile.open(file)) {
            String group = "entry/instrument/beam_monitor/";
            assertThat(nexus)
                    .dataset(group + "signal")
                    .hasShape(2, 7)
                    .hasDtype("int32")
                    .hasValues(1, 2, 3, 4, 3, 2, 1, 4, 3, 2, 1, 2, 3, 4);
            assertThat(nexus)
                    .dataset(group + "signal")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("counts");
            assertThat(nexus).dataset(group + "x").hasValues(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0);
            assertThat(nexus).dataset(group + "time").hasValues(10500 * MS, 10600 * MS);
            assertThat(nexus)
                    .group("entry/instrument/beam_monitor")
                    .attribute("title")
                    .scalarValue()
                    .isEqualTo("Monitor");
        }
    }

    @Test
    void tdct_writes_every_timestamp_and_one_cue_per_message() {
        try (NexusFile nexus = NexusFile.open(file)) {
            String group = "entry/instrument/chopper/timestamps/";
            assertThat(nexus).dataset(group + "time").hasValues(10300 * MS, 10301 * MS, 10400 * MS);
            assertThat(nexus).dataset(group + "cue_index").hasDtype("int64").hasValues(0, 2);
            assertThat(nexus).dataset(group + "cue_timestamp_zero").hasValues(10300 * MS, 10400 * MS);
            assertThat(nexus).dataset("entry/instrument/chopper/no_data/time").isEmpty();
        }
    }

    @Test
    void se00_writes_samples_with_computed_times() {
        try (NexusFile nexus = NexusFile.open(file)) {
            String group = "entry/instrument/sample_env/";
            assertThat(nexus).dataset(group + "value").hasDtype("int16").hasValues(1, 2, 3);
            assertThat(nexus).dataset(group + "time").hasValues(10700 * MS, 10700 * MS + 1000, 10700 * MS + 2000);
            assertThat(nexus).dataset(group + "cue_index").hasValues(0);
        }
    }

    @Test
    void ep01_and_al00_work_as_modules_of_their_own() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .dataset("entry/instrument/pv_connection/connection_status")
                    .hasValues(7);
            assertThat(nexus)
                    .group("entry/instrument/pv_connection")
                    .attribute("writer_module")
                    .scalarValue()
                    .isEqualTo("epics_con_info");
            assertThat(nexus)
                    .dataset("entry/instrument/pv_alarms/alarm_message")
                    .hasValues("lost");
            assertThat(nexus)
                    .dataset("entry/instrument/pv_alarms/alarm_severity")
                    .hasValues(3);
            assertThat(nexus).dataset("entry/instrument/pv_alarms/alarm_time").hasValues(10901 * MS);
        }
    }

    @Test
    void the_closed_file_is_not_in_swmr_mode() throws java.io.IOException {
        byte[] start = java.nio.file.Files.readAllBytes(file);
        // superblock version 3 (what SWMR needs); its consistency flags (byte 11) are cleared by a proper close
        org.assertj.core.api.Assertions.assertThat(start[8])
                .as("superblock version")
                .isEqualTo((byte) 3);
        org.assertj.core.api.Assertions.assertThat(start[11])
                .as("file consistency flags")
                .isZero();
    }

    @Test
    void links_reach_module_datasets_with_all_their_data() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/instrument/links/linked_value").hasValues(10.0, 15.0);
            assertThat(nexus).dataset("entry/instrument/links/linked_time").hasValues(10100 * MS, 10110 * MS);
        }
    }
}
