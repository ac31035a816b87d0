package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import lib.control.JobDeadlines;
import lib.fixtures.Era;
import lib.fixtures.JobFiles;
import lib.fixtures.Jobs;
import lib.fixtures.Modules;
import lib.fixtures.Now;
import lib.fixtures.Publisher;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.nexus.NexusFile;
import lib.wire.LogData;
import lib.wire.Profile;
import lib.wire.Value;
import org.junit.jupiter.api.Test;

@SystemTest
@Era(value = Profile.P2022, reason = "the current writer has neither f142 nor f142_test")
@Modules({"f142", "f142_test"})
class test_same_id_multiple_modules {
    private static final String FILE = "output_file_multiple_modules.nxs";
    private static final String TOPIC = "TEST_sampleEnv";
    /** D9's WAIT_NONE_WRITING is 35 s (catalogue D9). */
    private static final JobDeadlines DEADLINES = JobDeadlines.DEFAULT.endingWithin(Duration.ofSeconds(35));

    /** D9 (2022): two writer modules reading the same flatbuffer id (f142 and f142_test) each get their source. */
    @Test
    void test_two_different_writer_modules_with_same_flatbuffer_id(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            @Now Instant now,
            @Structure("nexus_structure_multiple_modules.json") String structure) {
        Instant start = now.minusSeconds(10);
        List<LogData> messages = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            messages.add(LogData.f142("test_source_1", start.plusSeconds(i), Value.ofLong(42)));
            messages.add(LogData.f142("test_source_2", start.plusSeconds(i), Value.ofLong(42)));
        }
        publisher.publishAll(TOPIC, messages);

        NexusFile file = jobFiles.writtenBy(jobs.dSuite(FILE, structure, start, now), DEADLINES);
        assertAll(
                () -> assertThat(file).dataset("entry/sample/dataset1/time").isNotEmpty(),
                () -> assertThat(file).dataset("entry/sample/dataset1/value").isNotEmpty(),
                () -> assertThat(file).hasNoNode("entry/sample/dataset2/cue_timestamp_zero"),
                () -> assertThat(file)
                        .dataset("entry/sample/dataset2/cue_index")
                        .isNotEmpty()
                        .satisfies(cueIndex -> assertThat(cueIndex.longs())
                                .as("cue_index[i] = i")
                                .containsExactly(
                                        LongStream.range(0, cueIndex.size()).toArray())));
    }
}
