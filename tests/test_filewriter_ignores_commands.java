package tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lib.control.CommandHandle;
import lib.control.CommandState;
import lib.control.JobDeadlines;
import lib.control.StartedJob;
import lib.control.WorkerPool;
import lib.control.WriteJob;
import lib.fixtures.Era;
import lib.fixtures.Jobs;
import lib.fixtures.MultipleWriters;
import lib.fixtures.Now;
import lib.fixtures.Observation;
import lib.fixtures.OutputFiles;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.wire.Profile;
import org.junit.jupiter.api.Test;

@SystemTest
class test_filewriter_ignores_commands {
    private static final Duration STOP_REPLY_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STOP_OBSERVATION = Duration.ofSeconds(7);

    /** D3a (2022): stops naming another writer or another job are dropped without a reply. */
    @Test
    @Era(value = Profile.P2022, reason = "the current writer answers both stops (201 and 400)")
    @MultipleWriters
    void test_ignores_commands_with_incorrect_id(
            WorkerPool pool,
            Jobs jobs,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure.json") String structure,
            Observation observation) {
        String fileName = "output_file_stop_id.nxs";
        WriteJob job = jobs.dSuite(fileName, structure, now, now.plus(Duration.ofDays(30)));
        pool.waitIdle(2);
        pool.start(job);

        CommandHandle wrongService = pool.stopNow(job, "incorrect service id").setTimeout(STOP_REPLY_TIMEOUT);
        observation.observe(STOP_OBSERVATION);
        assertThat(wrongService.state())
                .as("stop addressed to another service id")
                .isEqualTo(CommandState.TIMEOUT_RESPONSE);

        WriteJob otherJob = job.with(pl72 -> pl72.jobId("wrong job id"));
        CommandHandle wrongJob = pool.stopNow(otherJob, job.serviceId()).setTimeout(STOP_REPLY_TIMEOUT);
        observation.observe(STOP_OBSERVATION);
        assertThat(wrongJob.state()).as("stop naming another job id").isEqualTo(CommandState.TIMEOUT_RESPONSE);

        pool.stopAllJobs();
        pool.waitNoneWriting(Duration.ZERO);
        assertThat(files.path(fileName)).exists();
    }

    /** D3b (both eras): a start whose job id is not a UUID is refused with 400 and writes nothing. */
    @Test
    void test_ignores_commands_with_incorrect_job_id(
            WorkerPool pool,
            Jobs jobs,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure.json") String structure) {
        String fileName = "output_file_job_id.nxs";
        WriteJob job = jobs.dSuite(fileName, structure, now, now.plus(Duration.ofDays(30)))
                .with(pl72 -> pl72.jobId("invalid id"));
        pool.waitIdle(1, Duration.ofSeconds(10));

        StartedJob started = pool.startJob(job);
        String reply = started.command().awaitFailure(JobDeadlines.START_ANSWER);
        assertThat(reply).isEqualTo("Rejected start command as the job id was invalid (it was: \"invalid id\").");
        assertThat(started.command().status().orElseThrow().statusCode()).isEqualTo(400);

        pool.waitNoneWriting(Duration.ZERO);
        assertThat(files.path(fileName)).doesNotExist();
    }
}
