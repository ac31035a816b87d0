package tests;

import static lib.nexus.NexusAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lib.control.WorkerPool;
import lib.control.WriteJob;
import lib.fixtures.Era;
import lib.fixtures.Jobs;
import lib.fixtures.Now;
import lib.fixtures.OutputFiles;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.fixtures.TestControllers;
import lib.wire.Profile;
import org.junit.jupiter.api.Test;

@SystemTest
@Era(value = Profile.CURRENT, reason = "the 2022 writer subscribes to the control topic at its latest offset")
class test_stop_msg_immediately_after_start_msg {
    private static final String ALTERNATIVE_COMMAND_TOPIC = "TEST_writer_commands_alternative";
    private static final String FILE = "output_file_stop_immediately.nxs";

    /**
     * E9 (current): a stop sent on the job's control topic right after the start, before the writer has taken
     * the job, is still seen (the writer reads the control topic from the job's start time).
     */
    @Test
    void test_stop_msg_immediately_after_start_msg_on_alternative_command_topic(
            WorkerPool pool,
            TestControllers controllers,
            Jobs jobs,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure_static.json") String structure) {
        WriteJob job = jobs.eSuite(FILE, structure, now).with(pl72 -> pl72.controlTopic(ALTERNATIVE_COMMAND_TOPIC));
        WorkerPool alternative = controllers.openOnCommandTopic(ALTERNATIVE_COMMAND_TOPIC);
        pool.waitIdle(1, Duration.ofSeconds(10));

        pool.startJob(job);
        alternative.setStopTime(job, now, "").awaitSuccess(Duration.ofSeconds(15));
        // The stop's answer came to the second controller; this one may still be reading the job's wrdn.
        // Instead of "not in SWMR mode" (decisions B5): the writer reported the file done and it reads back.
        pool.jobHandle(job.jobId()).awaitDone(Duration.ofSeconds(10));
        pool.waitNoneWriting(Duration.ofSeconds(10));
        assertThat(files.open(FILE)).dataset("entry/start_time").scalarValue().isEqualTo("2016-04-12T02:58:52");
    }
}
