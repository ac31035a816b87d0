package selftests.nexus;

import static lib.nexus.NexusAssertions.assertThat;
import static lib.nexus.NexusAssertions.uint64;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableDataset;
import io.jhdf.api.WritableGroup;
import java.math.BigInteger;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import lib.nexus.NexusFile;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The NeXus assertions against a small file written with jhdf's own (simple) writer. */
class NexusAssertionsTest {
    @TempDir
    static Path folder;

    static Path file;

    @BeforeAll
    static void writeFile() {
        file = folder.resolve("small.nxs");
        try (WritableHdfFile out = HdfFile.write(file)) {
            WritableGroup entry = out.putGroup("entry");
            entry.putAttribute("NX_class", "NXentry");
            WritableDataset vector = entry.putDataset("test_vector2", new int[][] {{1, 2, 3}, {-1, -2, -3}});
            vector.putAttribute("units", "m");
            vector.putAttribute("vector", new double[] {0.0, 0.0, -1.0});
            entry.putDataset("duration", new double[] {1817.0});
            entry.putDataset("location", 12.064);
            entry.putDataset("features", new long[] {42L});
            entry.putDataset("start_time", new String[] {"2016-04-12T02:58:52"});
            entry.putDataset("name", "SANS2D");
            entry.putDataset("rows", new int[][] {{19}, {20}, {30}});
        }
    }

    @Test
    void checks_shape_and_values_of_a_two_dimensional_dataset() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/test_vector2").hasShape(2, 3).containsExactly(1, 2, 3, -1, -2, -3);
            assertThat(nexus).dataset("/entry/rows").hasRows(3).hasValues(19, 20, 30L);
        }
    }

    @Test
    void accepts_rank_zero_and_length_one_as_a_scalar() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .dataset("entry/duration")
                    .hasShape(1)
                    .scalarValue()
                    .isEqualTo(1817);
            assertThat(nexus).dataset("entry/location").isScalar().scalarValue().isCloseTo(12.064, within(1e-12));
            assertThat(nexus).dataset("entry/start_time").scalarValue().isEqualTo("2016-04-12T02:58:52");
            assertThat(nexus).dataset("entry/name").scalarValue().asText().isEqualTo("SANS2D");
        }
    }

    @Test
    void compares_numbers_by_value() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus)
                    .dataset("entry/features")
                    .first()
                    .isEqualTo(BigInteger.valueOf(42))
                    .isEqualTo(42.0);
            Assertions.assertThat(uint64("10138143369737381149").toString()).isEqualTo("10138143369737381149");
        }
    }

    @Test
    void reads_attributes_of_datasets_and_groups() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).dataset("entry/test_vector2").attribute("units").isEqualTo("m");
            assertThat(nexus)
                    .dataset("entry/test_vector2")
                    .attribute("vector")
                    .hasValuesCloseTo(within(1e-9), 0, 0, -1);
            assertThat(nexus).group("entry").attribute("NX_class").isEqualTo("NXentry");
            assertThat(nexus).hasGroup("entry").hasNoNode("entry/missing");
        }
    }

    @Test
    void a_missing_dataset_fails_with_the_tree_of_the_file() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThatThrownBy(() -> assertThat(nexus).dataset("entry/nope"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("entry/nope")
                    .hasMessageContaining("/entry/test_vector2 int32 [2, 3] = [1, 2, 3, -1, -2, -3]")
                    .hasMessageContaining("@units = \"m\"");
        }
    }

    @Test
    void wrong_values_fail_with_what_the_dataset_holds() {
        try (NexusFile nexus = NexusFile.open(file)) {
            assertThatThrownBy(() -> assertThat(nexus).dataset("entry/rows").containsExactly(19, 20))
                    .hasMessageContaining("[19, 20]")
                    .hasMessageContaining("[19, 20, 30]");
            assertThatThrownBy(() ->
                            assertThat(nexus).dataset("entry/test_vector2").scalarValue())
                    .hasMessageContaining("shape [2, 3]");
        }
    }

    @Test
    void opening_a_missing_file_gives_up_after_the_deadline_and_lists_the_folder() {
        Instant before = Instant.now();
        assertThatThrownBy(() -> NexusFile.open(folder.resolve("absent.nxs"), Duration.ofSeconds(1)))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Timed out after 1 s waiting for NeXus file")
                .hasMessageContaining("absent.nxs to be closed by its writer and open read-only")
                .hasMessageContaining("Last seen: the file does not exist")
                .hasMessageContaining("small.nxs");
        Assertions.assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(5));
    }
}
