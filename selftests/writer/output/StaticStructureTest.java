package selftests.writer.output;

import static lib.nexus.NexusAssertions.assertThat;
import static lib.nexus.NexusAssertions.uint64;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import lib.nexus.NexusFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The static part of a NeXus structure (§5.1–5.4) in both profiles: groups, datasets, attributes, links, mdat. */
class StaticStructureTest {
    private static final long START_MS = 1688688000000L; // 2023-07-07T00:00:00Z
    private static final long STOP_MS = START_MS + 10_000;

    @TempDir
    static Path folder;

    static Path current;
    static Path old;

    @BeforeAll
    static void writeFiles() throws IOException {
        String structure =
                Files.readString(RepoRoot.path().resolve("selftests/writer/output/resources/static_structure.json"));
        current = Replay.current(folder)
                .structure(structure)
                .window(START_MS, STOP_MS)
                .writeFile("current.nxs");
        old = Replay.profile2022(folder)
                .structure(structure)
                .window(START_MS, null)
                .writeFile("old.nxs");
    }

    @Test
    void writes_root_attributes() {
        try (NexusFile file = NexusFile.open(current)) {
            assertThat(rootAttribute(file, "HDF5_Version")).matches("1\\.\\d+\\.\\d+");
            assertThat(rootAttribute(file, "file_name")).endsWith("current.nxs");
            assertThat(rootAttribute(file, "creator")).startsWith("kafka-to-nexus commit ");
            assertThat(rootAttribute(file, "file_time")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z");
            assertThat(rootAttribute(file, "template_version")).isEqualTo("1.0");
            assertThat(rootAttribute(file, "instrument")).isEqualTo("test");
        }
        try (NexusFile file = NexusFile.open(old)) {
            assertThat(rootAttribute(file, "creator")).matches("kafka-to-nexus commit .{7}");
            assertThat(file.hdf().getAttributes()).doesNotContainKey("template_version");
        }
    }

    /** Root attributes straight from jhdf (the file assertions address groups below the root). */
    private static String rootAttribute(NexusFile file, String name) {
        io.jhdf.api.Attribute attribute = file.hdf().getAttribute(name);
        assertThat(attribute).as("root attribute %s", name).isNotNull();
        return String.valueOf(attribute.getData());
    }

    @Test
    void writes_static_datasets_with_shapes_from_the_json_nesting() {
        try (NexusFile file = NexusFile.open(current)) {
            assertThat(file)
                    .dataset("entry/test_vector1")
                    .hasShape(3)
                    .hasDtype("int32")
                    .hasValues(1, 2, 3);
            assertThat(file).dataset("entry/test_vector2").hasShape(2, 3).hasValues(1, 2, 3, -1, -2, -3);
            assertThat(file)
                    .dataset("entry/duration")
                    .hasShape(1)
                    .hasDtype("float32")
                    .hasValues(1817.0);
            assertThat(file).dataset("entry/features").hasShape(1).hasValues(uint64("10138143369737381149"));
            assertThat(file)
                    .dataset("entry/user_1/affiliation")
                    .isScalar()
                    .scalarValue()
                    .isEqualTo("ISIS, STFC");
            assertThat(file).dataset("entry/string_array").hasShape(2).hasValues("a", "bé");
            assertThat(file)
                    .dataset("entry/default_double")
                    .isScalar()
                    .hasDtype("float64")
                    .hasValues(7.0);
        }
    }

    @Test
    void writes_every_numeric_dtype() {
        try (NexusFile file = NexusFile.open(current)) {
            assertThat(file).dataset("entry/all_types_int8").hasDtype("int8").hasValues(-1, 2);
            assertThat(file).dataset("entry/all_types_uint8").hasDtype("uint8").hasValues(255, 2);
            assertThat(file).dataset("entry/all_types_int16").hasDtype("int16").hasValues(-300, 2);
            assertThat(file)
                    .dataset("entry/all_types_uint16")
                    .hasDtype("uint16")
                    .hasValues(65535, 2);
            assertThat(file).dataset("entry/all_types_int").hasDtype("int32").hasValues(-70000, 2);
            assertThat(file)
                    .dataset("entry/all_types_uint32")
                    .hasDtype("uint32")
                    .hasValues(4294967295L, 2);
            assertThat(file).dataset("entry/all_types_int64").hasDtype("int64").hasValues(Long.MIN_VALUE, 2);
            assertThat(file)
                    .dataset("entry/all_types_double")
                    .hasDtype("float64")
                    .hasValues(1.5, 2.0);
        }
    }

    @Test
    void skips_datasets_with_unknown_dtype_or_ragged_values_and_nameless_groups() {
        try (NexusFile file = NexusFile.open(current)) {
            assertThat(file).hasNoNode("entry/bad_dtype").hasNoNode("entry/ragged");
            assertThat(file).dataset("entry/start_time").isScalar(); // nodes after the failures are written
        }
    }

    @Test
    void stores_scalars_as_rank_zero_at_head_and_as_one_element_arrays_in_2022() {
        try (NexusFile file = NexusFile.open(current)) {
            assertThat(file).dataset("entry/end_time").isScalar().scalarValue().isEqualTo("2016-04-12T03:29:11");
            assertThat(file)
                    .dataset("entry/instrument/monitor1/detector_id")
                    .isScalar()
                    .hasValues(11);
        }
        try (NexusFile file = NexusFile.open(old)) {
            assertThat(file).dataset("entry/end_time").hasShape(1).hasValues("2016-04-12T03:29:11");
            assertThat(file)
                    .dataset("entry/instrument/monitor1/detector_id")
                    .hasShape(1)
                    .hasValues(11);
        }
    }

    @Test
    void writes_attributes_in_object_and_list_form() {
        try (NexusFile file = NexusFile.open(current)) {
            assertThat(file).group("entry").attribute("NX_class").scalarValue().isEqualTo("NXentry");
            assertThat(file)
                    .group("entry/instrument")
                    .attribute("count")
                    .scalarValue()
                    .isEqualTo(3L);
            assertThat(file)
                    .group("entry/instrument")
                    .attribute("ratio")
                    .scalarValue()
                    .isEqualTo(0.5);
            assertThat(file)
                    .group("entry/instrument")
                    .attribute("vector_object")
                    .hasValues(1.0, 2.0, 3.0);
            assertThat(file.hdf().getByPath("entry/instrument").getAttributes()).doesNotContainKey("has_link");
            String location = "entry/instrument/monitor1/transformations/location";
            assertThat(file)
                    .dataset(location)
                    .attribute("vector")
                    .hasShape(3)
                    .hasValuesCloseTo(within(1e-12), 0, 0, -1);
            assertThat(file)
                    .dataset(location)
                    .attribute("vector2")
                    .hasShape(2, 3)
                    .hasValues(3.0, 2.0, -1.0, -1.0, -2.0, -3.0);
            assertThat(file)
                    .dataset(location)
                    .attribute("transformation_type")
                    .scalarValue()
                    .isEqualTo("translation");
            assertThat(file).dataset(location).attribute("int_list").hasValues(1, 2);
            assertThat(file).dataset(location).doesNotHaveAttribute("flag");
            assertThat(file)
                    .dataset("entry/instrument/name")
                    .attribute("short_name")
                    .scalarValue()
                    .isEqualTo("SAN");
        }
    }

    @Test
    void makes_hard_links_to_datasets_and_groups_and_skips_unresolvable_ones() {
        for (Path path : new Path[] {current, old}) {
            try (NexusFile file = NexusFile.open(path)) {
                assertThat(file).dataset("entry/link_to_features").hasValues(uint64("10138143369737381149"));
                assertThat(file)
                        .dataset("entry/instrument/link2_to_features")
                        .hasValues(uint64("10138143369737381149"));
                assertThat(file)
                        .dataset("entry/instrument/link_to_monitor1_det_id")
                        .scalarValue()
                        .isEqualTo(11L);
                assertThat(file)
                        .dataset("entry/link_to_monitor1_transform/location")
                        .attribute("transformation_type")
                        .scalarValue()
                        .isEqualTo("translation");
                assertThat(file).hasNoNode("entry/instrument/dangling");
            }
        }
    }

    @Test
    void writes_mdat_times_in_both_config_forms() {
        try (NexusFile file = NexusFile.open(current)) {
            assertThat(file)
                    .dataset("entry/myFWStuff/start_time")
                    .isScalar()
                    .scalarValue()
                    .isEqualTo("2023-07-07T00:00:00.000Z");
            assertThat(file)
                    .dataset("entry/myFWStuff/end_time")
                    .isScalar()
                    .scalarValue()
                    .isEqualTo("2023-07-07T00:00:10.000Z");
            assertThat(file).hasNoNode("entry/myFWStuff/other");
            assertThat(file).dataset("entry/mdat2023/start_time").isScalar().hasValues(START_MS);
            assertThat(file).dataset("entry/mdat2023/end_time").isScalar().hasValues(STOP_MS);
        }
        try (NexusFile file = NexusFile.open(old)) {
            assertThat(file).dataset("entry/myFWStuff/end_time").scalarValue().isEqualTo("2262-04-11T23:47:16.854Z");
        }
    }

    @Test
    void makes_the_closed_file_read_only() throws IOException {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(current)))
                .isEqualTo("r--r--r--");
    }

    @Test
    void fails_the_start_for_invalid_json_a_module_that_cannot_start_and_an_existing_file() {
        Replay.Result invalid = Replay.current(folder)
                .structure("{\"children\": [")
                .window(START_MS, STOP_MS)
                .run("invalid.nxs");
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.output()).contains("Could not parse NeXus structure JSON. The error was: ");
        assertThat(invalid.file()).doesNotExist();

        Replay.Result badModule = Replay.current(folder)
                .structure(
                        """
                {"children": [{"type": "group", "name": "bad", "children": [
                  {"module": "f144", "config": {"topic": "t", "source": "s", "type": "nonsense"}}]}]}""")
                .window(START_MS, STOP_MS)
                .run("bad_module.nxs");
        assertThat(badModule.exitCode()).isEqualTo(1);
        assertThat(badModule.output())
                .contains("Could not initialise stream at path \"/bad\" with configuration JSON")
                .contains("nonsense");
        assertThat(badModule.file()).doesNotExist();

        Replay.Result existing =
                Replay.current(folder).window(START_MS, STOP_MS).run("current.nxs");
        assertThat(existing.exitCode()).isEqualTo(1);
        assertThat(existing.output())
                .contains("Failed to initialize HDF file \"")
                .contains("a file with that filename already exists in that directory");
    }
}
