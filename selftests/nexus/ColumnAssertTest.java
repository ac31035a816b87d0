package selftests.nexus;

import static lib.nexus.NexusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.nio.file.Path;
import java.util.stream.LongStream;
import lib.nexus.NexusFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Column checks for long datasets: exact order, and a failure that names the first difference. */
class ColumnAssertTest {
    @TempDir
    Path folder;

    @Test
    void a_long_column_holds_its_values_in_order_and_a_difference_is_named_by_index() {
        Path file = folder.resolve("column.nxs");
        long[] values = LongStream.range(0, 100_000).map(i -> i * 3).toArray();
        try (WritableHdfFile out = HdfFile.write(file)) {
            out.putGroup("entry")
                    .putDataset(
                            "event_id",
                            LongStream.of(values).mapToInt(v -> (int) v).toArray());
        }
        long[] changed = values.clone();
        changed[4242] = -1;

        try (NexusFile nexus = NexusFile.open(file)) {
            assertThat(nexus).column("entry/event_id").hasLength(100_000).holdsInOrder(values);
            assertThatThrownBy(() -> assertThat(nexus).column("entry/event_id").holdsInOrder(changed))
                    .hasMessageContaining("at index 4242 it holds 12726 where -1 was expected")
                    .hasMessageContaining("[4239..4245]");
            assertThatThrownBy(() -> assertThat(nexus)
                            .column("entry/event_id")
                            .holdsInOrder(LongStream.of(values).limit(10).toArray()))
                    .hasMessageContaining("the first 10 match, but it holds 100000");
        }
    }
}
