package tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lib.control.CommandHandle;
import lib.control.CommandState;
import lib.control.JobHandle;
import lib.control.JobState;
import lib.control.WorkerPool;
import lib.control.WriteJob;
import lib.fixtures.Era;
import lib.fixtures.Jobs;
import lib.fixtures.MultipleWriters;
import lib.fixtures.Now;
import lib.fixtures.Observation;
import lib.fixtures.OutputFiles;
import lib.fixtures.RunSettings;
import lib.fixtures.Structure;
import lib.fixtures.StructureEdits;
import lib.fixtures.SystemTest;
import lib.wire.Profile;
import org.junit.jupiter.api.Test;

/**
 * E1–E6 (catalogue §5). Under {@code current} the large structure's f142 stream becomes f144, as in the 2023–24
 * suite: HEAD has no f142 and fails the start for it. A stop right after a start goes to the default command topic,
 * which HEAD reads only once its lazily created consumer has an assignment (protocol.md §1.2): tests whose stop
 * must be seen first wait for the writer's answer to a probe ({@link WorkerPool#awaitCommandsRead}).
 */
@SystemTest
class test_filewriter_commands {
    private static final Duration STOP_REPLY_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration STOP_OBSERVATION = Duration.ofSeconds(10);
    private static final Duration THIRTY_DAYS = Duration.ofDays(30);
    private static final Duration COMMANDS_READ_TIMEOUT = Duration.ofSeconds(10);

    /** E1 (2022): a stop addressed to another service id gets no reply and the job keeps writing. */
    @Test
    @Era(value = Profile.P2022, reason = "the current writer does not look at the service id of a stop")
    @MultipleWriters
    void test_ignores_stop_command_with_incorrect_service_id(
            WorkerPool pool,
            Jobs jobs,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure.json") String structure,
            Observation observation) {
        String fileName = "test_ignores_stop_command_with_incorrect_service_id.nxs";
        WriteJob job = jobs.eSuite(fileName, structure, now, now.plus(THIRTY_DAYS));
        pool.waitIdle(2);
        JobHandle running = pool.start(job);

        CommandHandle stop = pool.stopNow(job, "incorrect service id").setTimeout(STOP_REPLY_TIMEOUT);
        observation.observe(STOP_OBSERVATION);
        assertThat(stop.state()).as("stop addressed to another service id").isEqualTo(CommandState.TIMEOUT_RESPONSE);
        assertThat(running.state()).as("job after the stop").isEqualTo(JobState.WRITING);

        pool.stopAllJobs();
        pool.waitNoneWriting(Duration.ofSeconds(10));
        assertThat(files.path(fileName)).exists();
    }

    /** E2 (both eras): a stop naming another job id does not stop the job (2022 drops it, HEAD answers 400). */
    @Test
    @MultipleWriters
    void test_ignores_stop_command_with_incorrect_job_id(
            RunSettings run,
            WorkerPool pool,
            Jobs jobs,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure.json") String structure,
            Observation observation) {
        String fileName = "test_ignores_stop_command_with_incorrect_job_id.nxs";
        WriteJob job = jobs.eSuite(fileName, largeStructure(run, structure), now, now.plus(THIRTY_DAYS));
        pool.waitIdle(2);
        JobHandle running = pool.start(job);
        // Otherwise the stop could be lost unread, and the job would keep writing for the wrong reason.
        pool.awaitCommandsRead(job, COMMANDS_READ_TIMEOUT);

        pool.stopNow(job.with(pl72 -> pl72.jobId("wrong job id")), "").setTimeout(STOP_REPLY_TIMEOUT);
        observation.observe(STOP_OBSERVATION);
        assertThat(running.state()).as("job after a stop naming another job").isEqualTo(JobState.WRITING);

        pool.stopAllJobs();
        assertThat(files.path(fileName)).exists();
    }

    /** E3 (current): a stop with the job's (empty) service id and its job id stops the job. */
    @Test
    @Era(value = Profile.CURRENT, reason = "the 2022 writer ignores a stop whose service id is not its own")
    @MultipleWriters
    void test_accepts_stop_command_with_correct_service_id(
            RunSettings run,
            WorkerPool pool,
            Jobs jobs,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure.json") String structure) {
        String fileName = "test_accepts_stop_command_with_correct_service_id.nxs";
        WriteJob job = jobs.eSuite(fileName, largeStructure(run, structure), now, now.plus(THIRTY_DAYS));
        stopIsAccepted(pool, files, job, job.serviceId());
    }

    /** E4 (current): a stop without a service id (sent as "") stops the job. */
    @Test
    @Era(value = Profile.CURRENT, reason = "the 2022 writer ignores a stop whose service id is not its own")
    @MultipleWriters
    void test_accepts_stop_command_with_empty_service_id(
            RunSettings run,
            WorkerPool pool,
            Jobs jobs,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure.json") String structure) {
        String fileName = "test_accepts_stop_command_with_empty_service_id.nxs";
        WriteJob job = jobs.eSuite(fileName, largeStructure(run, structure), now, now.plus(THIRTY_DAYS));
        stopIsAccepted(pool, files, job, null);
    }

    private static void stopIsAccepted(WorkerPool pool, OutputFiles files, WriteJob job, String stopServiceId) {
        pool.waitIdle(2);
        JobHandle running = pool.start(job);
        pool.awaitCommandsRead(job, COMMANDS_READ_TIMEOUT);

        pool.stopNow(job, stopServiceId).setTimeout(STOP_REPLY_TIMEOUT);
        running.awaitDone(Duration.ofSeconds(10));
        pool.waitNoneWriting(Duration.ofSeconds(15));
        assertThat(files.path(job.fileName())).exists();
    }

    /** E5 (both eras): a start whose job id is not a UUID is refused and writes nothing. */
    @Test
    void test_ignores_start_command_with_incorrect_job_id(
            RunSettings run,
            WorkerPool pool,
            Jobs jobs,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure.json") String structure) {
        String fileName = "test_ignores_start_command_with_incorrect_job_id.nxs";
        WriteJob job = jobs.eSuite(fileName, largeStructure(run, structure), now, now.plus(THIRTY_DAYS))
                .with(pl72 -> pl72.jobId("invalid id"));
        pool.waitIdle(1);

        pool.startFails(job);
        pool.waitNoneWriting(Duration.ofSeconds(10));
        assertThat(files.path(fileName)).doesNotExist();
    }

    /** E6 (both eras): a structure that is not valid JSON fails the start with a message saying so. */
    @Test
    void test_reject_bad_json(
            WorkerPool pool,
            Jobs jobs,
            @Now Instant now,
            @Structure(value = "nexus_structure_bad_json.json", invalidJson = true) String structure) {
        WriteJob job = jobs.eSuite("test_reject_bad_json.nxs", structure, now.minusSeconds(10), now);
        pool.waitIdle(1, Duration.ofSeconds(10));

        String reply = pool.startFails(job);
        assertThat(reply).contains("NeXus structure JSON");
    }

    /** The large structure as the era's writer has it: f144 instead of f142 under current (catalogue §5). */
    static String largeStructure(RunSettings run, String structure) {
        return run.is2022() ? structure : StructureEdits.withModuleRenamed(structure, "f142", "f144");
    }
}
