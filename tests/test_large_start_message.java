package tests;

import static lib.nexus.NexusAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lib.control.JobHandle;
import lib.control.JobState;
import lib.control.WorkerPool;
import lib.fixtures.Era;
import lib.fixtures.Jobs;
import lib.fixtures.Now;
import lib.fixtures.OutputFiles;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.wire.Profile;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@SystemTest
class test_large_start_message {
    private static final int MIB = 1024 * 1024;

    /** E7 (current): a run start of 1, 16 or 64 MiB (the static structure padded with spaces) is handled. */
    @ParameterizedTest(name = "{displayName}[{0} MiB]")
    @ValueSource(ints = {1, 16, 64})
    @Era(value = Profile.CURRENT, reason = "the 2022 writer's Kafka limits (24 MB per message) are below 64 MiB")
    void test_large_start_message(
            int mebibytes,
            WorkerPool pool,
            Jobs jobs,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure_static.json") String structure) {
        int padding = mebibytes * MIB;
        String fileName = "output_file_large_msg_" + padding + ".nxs";
        String largeStructure = structure + " ".repeat(padding);
        pool.waitIdle(1, Duration.ofSeconds(20));
        JobHandle job =
                pool.start(jobs.eSuite(fileName, largeStructure, now.minusSeconds(10), now), Duration.ofSeconds(70));
        pool.waitNoneWriting(Duration.ofSeconds(40));

        // Instead of "not in SWMR mode" (decisions B5): the writer reported the file done and it reads back.
        Assertions.assertThat(job.state()).as("state of the job after its wrdn").isEqualTo(JobState.DONE);
        assertThat(files.open(fileName))
                .dataset("entry/start_time")
                .scalarValue()
                .isEqualTo("2016-04-12T02:58:52");
    }
}
