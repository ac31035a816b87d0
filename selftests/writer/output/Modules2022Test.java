package selftests.writer.output;

import static lib.nexus.NexusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.Instant;
import lib.nexus.NexusFile;
import lib.wire.AdcPulseDebug;
import lib.wire.ConnectionStatus;
import lib.wire.EpicsConnection;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 2022 modules (tests D1, D2, D9 and more): f142 with ep00, f142_test, ev42, ADAr, senv, tdct. */
class Modules2022Test {
    private static final long MS = 1_000_000L;
    private static final long T = 1591959695000L; // 2020-06-12T11:01:35Z
    private static final long STOP = T + 148_000;
    private static final String ENV = "TEST_sampleEnv";

    private static final String STRUCTURE =
            """
        {"children": [
          {"type": "group", "name": "EpicsConnectionStatus", "children": [
            {"module": "f142", "config": {"topic": "TEST_epicsConnectionStatus", "source": "SIMPLE:DOUBLE"}}]},
          {"type": "group", "name": "entry", "attributes": {"NX_class": "NXentry"}, "children": [
            {"type": "group", "name": "meta_data_1", "children": [
              {"module": "f142", "config": {"type": "int32", "topic": "TEST_sampleEnv", "source": "someSource1",
                                            "meta_data": true, "value_units": "mm", "cue_interval": 2}}]},
            {"type": "group", "name": "meta_data_2", "children": [
              {"module": "f142", "config": {"type": "int32", "topic": "TEST_sampleEnv", "source": "someSource2"}}]},
            {"type": "group", "name": "silent", "children": [
              {"module": "f142", "config": {"topic": "TEST_sampleEnv", "source": "nobody"}}]},
            {"type": "group", "name": "widening", "children": [
              {"module": "f142", "config": {"dtype": "int64", "topic": "TEST_sampleEnv", "source": "widening"}}]},
            {"type": "group", "name": "replaced", "attributes": {"NX_class": "NXcustom", "topic": "json topic"},
             "children": [
              {"module": "f142", "config": {"topic": "TEST_sampleEnv", "source": "someSource1",
                                            "attributes": {"from_config": "yes"}}}]},
            {"type": "group", "name": "sample", "children": [
              {"type": "group", "name": "dataset1", "children": [
                {"module": "f142", "config": {"source": "test_source_1", "topic": "TEST_sampleEnv"}}]},
              {"type": "group", "name": "dataset2", "children": [
                {"module": "f142_test", "config": {"source": "test_source_2", "topic": "TEST_sampleEnv"}}]},
              {"type": "group", "name": "shared_f142", "children": [
                {"module": "f142", "config": {"source": "test_source_3", "topic": "TEST_sampleEnv"}}]},
              {"type": "group", "name": "shared_f142_test", "children": [
                {"module": "f142_test", "config": {"source": "test_source_3", "topic": "TEST_sampleEnv"}}]}]},
            {"type": "group", "name": "detector", "children": [
              {"module": "ev42", "config": {"topic": "TEST_events", "source": "detector", "adc_pulse_debug": true}}]},
            {"type": "group", "name": "camera", "children": [
              {"module": "ADAr", "config": {"topic": "TEST_images", "source": "camera", "type": "uint16"}}]},
            {"type": "group", "name": "senv", "children": [
              {"module": "senv", "config": {"topic": "TEST_sampleEnv", "source": "waveform", "dtype": "int32",
                                            "enable_epics_con_status": false}}]},
            {"type": "group", "name": "connection", "children": [
              {"module": "ep00", "config": {"topic": "TEST_pvs", "source": "pv"}}]},
            {"type": "group", "name": "chopper", "children": [
              {"module": "tdct", "config": {"topic": "TEST_choppers", "source": "tdc"}}]},
            {"type": "group", "name": "histogram", "children": [
              {"module": "hs00", "config": {"topic": "TEST_histograms", "source": "hist", "data_type": "double",
                "edge_type": "double", "error_type": "double",
                "shape": [{"size": 2, "unit": "ms", "label": "tof", "dataset_name": "tof", "edges": [0, 1, 2]},
                          {"size": 2, "unit": "", "label": "pixel", "dataset_name": "pixel", "edges": [0, 1, 2]}]}}]}
          ]}
        ]}
        """;

    @TempDir
    static Path folder;

    static Path file;
    static String output;

    @BeforeAll
    static void writeFile() {
        Replay replay = Replay.profile2022(folder)
                .structure(STRUCTURE)
                .window(T, STOP)
                .add(at(ENV, T + 1000, LogData.f142("someSource1", (T + 1000) * MS, Value.ofLong(5))))
                .add(at(ENV, T + 2000, LogData.f142("someSource1", (T + 2000) * MS, Value.ofLong(10))))
                .add(at(ENV, T + 3000, LogData.f142("someSource1", (T + 3000) * MS, Value.ofLong(15))))
                .add(at(ENV, T + 4000, LogData.f142("someSource2", (T + 4000) * MS, Value.ofLongs(4, 6, 2))))
                .add(at(ENV, T + 5000, LogData.f142("someSource2", (T + 5000) * MS, Value.ofLongs(32, -5, 3))))
                .add(at(ENV, T + 1000, LogData.f142("widening", (T + 1000) * MS, Value.ofLong(1))))
                .add(at(ENV, T + 2000, LogData.f142("widening", (T + 2000) * MS, Value.ofLongs(2, 3))))
                .add(at(ENV, T + 3000, LogData.f142("widening", (T + 3000) * MS, Value.ofLong(4))))
                .add(at(
                        "TEST_epicsConnectionStatus",
                        T,
                        EpicsConnection.ep00(
                                "SIMPLE:DOUBLE", Instant.ofEpochMilli(T), ConnectionStatus.NEVER_CONNECTED)))
                .add(at(
                        "TEST_epicsConnectionStatus",
                        T + 10,
                        EpicsConnection.ep00(
                                "SIMPLE:DOUBLE", Instant.ofEpochMilli(T + 10), ConnectionStatus.CONNECTED)))
                .add(at(
                        "TEST_events",
                        T + 1000,
                        EventData.ev42("detector", 1, (T + 1000) * MS, new int[] {7, 8}, new int[] {1, 2})
                                .withFacilityData(new AdcPulseDebug(
                                        new int[] {100, 101},
                                        new int[] {200, 201},
                                        new int[] {300, 301},
                                        new long[] {400, 401},
                                        new long[] {500, 501}))))
                .add(at(
                        "TEST_events",
                        T + 2000,
                        EventData.ev42("detector", 2, (T + 2000) * MS, new int[] {9, 10, 11}, new int[] {3, 4, 5})))
                .add(at(
                        "TEST_images",
                        T + 1000,
                        TestMessages.areaDetector(
                                "ADAr", "camera", (T + 1000) * MS, new long[] {1, 1}, new short[] {7})))
                .add(at(
                        "TEST_images",
                        T + 2000,
                        TestMessages.areaDetector(
                                "ADAr", "camera", (T + 2000) * MS, new long[] {2, 2}, new short[] {1, 2, 3, 4})))
                .add(at(ENV, T + 1000, TestMessages.senv("waveform", (T + 1000) * MS, new int[] {5, 6}, new long[] {
                    (T + 1000) * MS, (T + 1000) * MS + 500
                })))
                .add(at(
                        "TEST_pvs",
                        T + 1000,
                        EpicsConnection.ep00("pv", Instant.ofEpochMilli(T + 1000), ConnectionStatus.DISCONNECTED)))
                .add(at("TEST_choppers", T + 1000, TestMessages.tdct("tdc", (T + 1000) * MS, (T + 1001) * MS)))
                .add(at(
                        "TEST_histograms",
                        T + 1000,
                        TestMessages.hs00(
                                "hist",
                                (T + 1000) * MS,
                                new int[] {1, 2},
                                new int[] {0, 0},
                                new double[] {1, 2},
                                "first half")))
                .add(at(
                        "TEST_histograms",
                        T + 1000,
                        TestMessages.hs00(
                                "hist", (T + 1000) * MS, new int[] {1, 2}, new int[] {1, 0}, new double[] {3, 4}, "")))
                .add(at(
                        "TEST_histograms",
                        T + 2000,
                        TestMessages.hs00(
                                "hist",
                                (T + 2000) * MS,
                                new int[] {2, 2},
                                new int[] {0, 0},
                                new double[] {5, 6, 7, 8},
                                "")));
        for (int i = 0; i < 10; i++) {
            for (String source : new String[] {"test_source_1", "test_source_2", "test_source_3"}) {
                replay.add(at(ENV, T + i * 1000L, LogData.f142(source, (T + i * 1000L) * MS, Value.ofLong(42))));
            }
        }
        replay.add(at(ENV, T + 200_000, LogData.f142("someSource2", (T + 200_000) * MS, Value.ofLongs(0, 1, 0))));
        replay.add(at(
                "TEST_epicsConnectionStatus",
                STOP + 1000,
                EpicsConnection.ep00("SIMPLE:DOUBLE", Instant.ofEpochMilli(STOP + 1000), ConnectionStatus.CONNECTED)));
        Replay.Result result = replay.write("modules_2022.nxs");
        file = result.file();
        output = result.output();
    }

    private static Recorded at(String topic, long ms, lib.wire.Message message) {
        return Recorded.at(topic, ms, message);
    }

    private static Recorded at(String topic, long ms, byte[] message) {
        return Recorded.at(topic, ms, message);
    }

    @Test
    void f142_writes_meta_data_over_every_element_including_the_first_after_the_stop() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/meta_data_1/value").hasShape(3, 1).hasValues(5, 10, 15);
            assertThat(nexus)
                    .dataset("entry/meta_data_1/value")
                    .attribute("units")
                    .scalarValue()
                    .isEqualTo("mm");
            assertThat(nexus)
                    .dataset("entry/meta_data_1/minimum_value")
                    .hasShape(1)
                    .hasValues(5.0);
            assertThat(nexus)
                    .dataset("entry/meta_data_1/maximum_value")
                    .hasShape(1)
                    .hasValues(15.0);
            assertThat(nexus)
                    .dataset("entry/meta_data_1/average_value")
                    .hasShape(1)
                    .hasValues(10.0);
            assertThat(nexus)
                    .dataset("entry/meta_data_1/cue_index")
                    .hasDtype("uint32")
                    .hasValues(1);
            assertThat(nexus)
                    .dataset("entry/meta_data_1/cue_timestamp_zero")
                    .hasDtype("uint64")
                    .hasValues((T + 2000) * MS);
            assertThat(nexus).dataset("entry/meta_data_2/value").hasShape(3, 3).hasValues(4, 6, 2, 32, -5, 3, 0, 1, 0);
            assertThat(nexus)
                    .dataset("entry/meta_data_2/minimum_value")
                    .scalarValue()
                    .isEqualTo(-5.0);
            assertThat(nexus)
                    .dataset("entry/meta_data_2/maximum_value")
                    .scalarValue()
                    .isEqualTo(32.0);
            assertThat(nexus)
                    .dataset("entry/meta_data_2/average_value")
                    .scalarValue()
                    .isCloseTo(43.0 / 9, within(1e-12));
            assertThat(nexus).dataset("entry/meta_data_2/value").doesNotHaveAttribute("units");
            assertThat(nexus).dataset("entry/silent/minimum_value").hasValues(0.0);
        }
    }

    @Test
    void f142_widens_rows_for_longer_arrays_and_zero_fills_shorter_ones() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .dataset("entry/widening/value")
                    .hasShape(3, 2)
                    .hasDtype("int64")
                    .hasValues(1, 0, 2, 3, 4, 0);
            assertThat(nexus)
                    .dataset("entry/widening/cue_index")
                    .hasDtype("uint32")
                    .isEmpty();
            assertThat(nexus).dataset("entry/widening/alarm_status").isEmpty();
        }
    }

    @Test
    void f142_writes_the_ep00_companion() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .dataset("EpicsConnectionStatus/connection_status")
                    .hasDtype("string(1024)")
                    .hasValues("NEVER_CONNECTED", "CONNECTED", "CONNECTED");
            assertThat(nexus)
                    .dataset("EpicsConnectionStatus/connection_status_time")
                    .hasValues(T * MS, (T + 10) * MS, (STOP + 1000) * MS);
            assertThat(nexus).hasNoNode("entry/senv/connection_status");
            assertThat(nexus).dataset("entry/connection/connection_status").hasValues("DISCONNECTED");
            assertThat(nexus)
                    .group("entry/connection")
                    .attribute("NX_class")
                    .scalarValue()
                    .isEqualTo("NXlog");
        }
    }

    @Test
    void module_attributes_replace_the_json_ones_and_config_attributes_are_written_in_2022() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .group("entry/replaced")
                    .attribute("NX_class")
                    .scalarValue()
                    .isEqualTo("NXlog");
            assertThat(nexus)
                    .group("entry/replaced")
                    .attribute("topic")
                    .scalarValue()
                    .isEqualTo("TEST_sampleEnv");
            assertThat(nexus)
                    .group("entry/replaced")
                    .attribute("from_config")
                    .scalarValue()
                    .isEqualTo("yes");
            assertThat(nexus.hdf().getByPath("entry/replaced").getAttributes()).doesNotContainKey("writer_module");
        }
    }

    @Test
    void f142_test_writes_a_counter_and_shares_sources_with_f142() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/sample/dataset1/value").hasRows(10);
            assertThat(nexus).dataset("entry/sample/dataset2/cue_index").hasValues(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
            assertThat(nexus)
                    .hasNoNode("entry/sample/dataset2/cue_timestamp_zero")
                    .hasNoNode("entry/sample/dataset2/time")
                    .hasNoNode("entry/sample/dataset2/value");
            assertThat(nexus).dataset("entry/sample/shared_f142/value").hasRows(10);
            assertThat(nexus).dataset("entry/sample/shared_f142_test/cue_index").hasRows(10);
        }
    }

    @Test
    void ev42_writes_events_and_zero_filled_adc_pulse_debug() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .dataset("entry/detector/event_time_offset")
                    .hasDtype("uint32")
                    .hasValues(7, 8, 9, 10, 11);
            assertThat(nexus)
                    .dataset("entry/detector/event_id")
                    .hasDtype("uint32")
                    .hasValues(1, 2, 3, 4, 5);
            assertThat(nexus).dataset("entry/detector/event_time_zero").hasValues((T + 1000) * MS, (T + 2000) * MS);
            assertThat(nexus)
                    .dataset("entry/detector/event_index")
                    .hasDtype("uint32")
                    .hasValues(0, 2);
            assertThat(nexus).dataset("entry/detector/adc_pulse_amplitude").hasValues(100, 101, 0, 0, 0);
            assertThat(nexus)
                    .dataset("entry/detector/adc_pulse_peak_time")
                    .hasDtype("uint64")
                    .hasValues(500, 501, 0, 0, 0);
        }
    }

    @Test
    void adar_grows_the_image_size() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/camera/value").hasShape(2, 2, 2).hasValues(7, 0, 0, 0, 1, 2, 3, 4);
            assertThat(nexus).dataset("entry/camera/value").doesNotHaveAttribute("units");
        }
    }

    @Test
    void senv_and_tdct_use_the_2022_cue_types() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/senv/value").hasValues(5, 6);
            assertThat(nexus).dataset("entry/senv/time").hasValues((T + 1000) * MS, (T + 1000) * MS + 500);
            assertThat(nexus).dataset("entry/senv/cue_index").hasDtype("uint32").hasValues(0);
            assertThat(nexus)
                    .dataset("entry/chopper/cue_index")
                    .hasDtype("uint32")
                    .hasValues(0);
            assertThat(nexus)
                    .dataset("entry/chopper/cue_timestamp_zero")
                    .hasDtype("uint64")
                    .hasValues((T + 1000) * MS);
        }
    }

    @Test
    void reports_live_meta_data_and_event_counts_for_the_2022_status() {
        assertThat(output)
                .contains("\"/entry/meta_data_1:minimum_value\":5.0")
                .contains("\"/entry/detector:events\":5")
                .contains("\":approx_file_size_mb\":");
    }

    @Test
    void hs00_assembles_histograms_from_slices_and_keeps_the_latest() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .dataset("entry/histogram/histograms")
                    .hasShape(2, 2, 2)
                    .hasValues(1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0);
            assertThat(nexus).dataset("entry/histogram/timestamps").hasValues((T + 1000) * MS, (T + 2000) * MS);
            assertThat(nexus).dataset("entry/histogram/data").hasShape(2, 2).hasValues(5.0, 6.0, 7.0, 8.0);
            assertThat(nexus).dataset("entry/histogram/tof").hasValues(0.0, 1.0, 2.0);
            assertThat(nexus).dataset("entry/histogram/info").hasValues("first half");
        }
    }
}
