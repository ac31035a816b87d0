package tests;

import static lib.nexus.NexusAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lib.control.JobDeadlines;
import lib.fixtures.Era;
import lib.fixtures.JobFiles;
import lib.fixtures.Jobs;
import lib.fixtures.Now;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.wire.Profile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@SystemTest
@Era(value = Profile.CURRENT, reason = "the 2022 writer's Kafka limits (24 MB per message) are below 64 MiB")
class test_large_start_message {
    private static final int MIB = 1024 * 1024;
    /** The catalogue's START(70 s) and WAIT_NONE_WRITING(40 s): reading and parsing 64 MiB takes its time. */
    private static final JobDeadlines DEADLINES =
            JobDeadlines.DEFAULT.answeredWithin(Duration.ofSeconds(70)).endingWithin(Duration.ofSeconds(40));

    /** E7 (current): a run start of 1, 16 or 64 MiB (the static structure padded with spaces) is handled. */
    @ParameterizedTest(name = "{displayName}[{0} MiB]")
    @ValueSource(ints = {1, 16, 64})
    void test_large_start_message(
            int mebibytes,
            JobFiles jobFiles,
            Jobs jobs,
            @Now Instant now,
            @Structure("nexus_structure_static.json") String structure) {
        int padding = mebibytes * MIB;
        String fileName = "output_file_large_msg_" + padding + ".nxs";
        String largeStructure = structure + " ".repeat(padding);

        // Instead of "not in SWMR mode" (decisions B5): the job is DONE (its wrdn came), the writer closed the file
        // and it reads back.
        assertThat(jobFiles.writtenBy(jobs.eSuite(fileName, largeStructure, now.minusSeconds(10), now), DEADLINES))
                .dataset("entry/start_time")
                .scalarValue()
                .isEqualTo("2016-04-12T02:58:52");
    }
}
