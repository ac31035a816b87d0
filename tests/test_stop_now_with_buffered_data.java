package tests;

import static lib.nexus.NexusAssertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lib.control.JobHandle;
import lib.control.WorkerPool;
import lib.control.WriteJob;
import lib.fixtures.Era;
import lib.fixtures.FreshTopics;
import lib.fixtures.Jobs;
import lib.fixtures.Modules;
import lib.fixtures.Now;
import lib.fixtures.Observation;
import lib.fixtures.OutputFiles;
import lib.fixtures.Publisher;
import lib.fixtures.RunSettings;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.fixtures.TestTimes;
import lib.fixtures.TopicRecorder;
import lib.fixtures.TopicRecorders;
import lib.nexus.NexusFile;
import lib.wire.LogData;
import lib.wire.Profile;
import lib.wire.Value;
import lib.wire.WriterState;
import org.junit.jupiter.api.Test;

/**
 * A known defect of the real writer as a test of the correct behaviour (protocol.md §9, decisions G5): a stop-now
 * while a source filter holds the last message from before the job's start. Not in the catalogue.
 */
@SystemTest
@Era(value = Profile.CURRENT, reason = "HEAD-era test: it uses f144, which the 2022 writer does not have")
@Modules("f144")
@FreshTopics(test_stop_now_with_buffered_data.TOPIC)
class test_stop_now_with_buffered_data {
    static final String TOPIC = "test_stop_now_buffered";
    private static final String SOURCE = "held_value";
    private static final String FILE = "stop_now_with_buffered_data.nxs";
    private static final double HELD_VALUE = 42.5;
    /** Nothing shows when the writer has read the held message; upstream's data spacing, as in F3. */
    private static final Duration READ_TIME = Duration.ofSeconds(1);

    /**
     * The job's only data is a value published before its start, inside the writer's time-before-start, so the
     * value's source filter holds it; then the job gets a stop-now. Expected: the job ends, the held value is in the
     * file (every module but ev44 writes the last value before the start, §6.2), and the writer stays up.
     *
     * <p>Fails against kafka-to-nexus main-162d07c: on the stop-now it frees its write queue before the topics and
     * partitions that feed it, whose source filters then forward the held message into the freed queue. glibc
     * aborts the writer (SIGABRT, {@code corrupted double-linked list}) in 3 of 4 tries; when it survives, the value
     * is missing from the file. Until the harness reports dead writers, the abort reads as a timeout waiting for the
     * job's wrdn or for the writer's next status. Passes against the reference writer.
     */
    @Test
    void test_stop_now_writes_the_value_held_from_before_the_start(
            RunSettings run,
            WorkerPool pool,
            Jobs jobs,
            Publisher publisher,
            OutputFiles files,
            TopicRecorders recorders,
            @Now Instant now,
            @Structure("nexus_structure_stop_now_buffered.json") String structure,
            Observation observation) {
        Instant heldTime = now.minusSeconds(2);
        publisher.publish(TOPIC, LogData.f144(SOURCE, heldTime, Value.ofDouble(HELD_VALUE)));
        WriteJob job = jobs.eSuite(FILE, structure, now);
        pool.waitIdle(1);
        JobHandle running = pool.start(job);
        observation.observe(READ_TIME);
        pool.awaitCommandsRead(job, Duration.ofSeconds(10));
        TopicRecorder statuses = recorders.fromEnd(run.commandTopic());

        pool.stopNow(job, "");
        running.awaitDone(Duration.ofSeconds(10));
        String writer = running.writer();
        statuses.awaitMessage(
                "an idle status from " + writer + " after its job (it is still up)",
                message -> message.isStatusOf(writer, WriterState.IDLE),
                Duration.ofSeconds(10));

        NexusFile file = files.open(FILE);
        assertThat(file).dataset("entry/held/value").hasValues(HELD_VALUE);
        assertThat(file).dataset("entry/held/time").hasValues(TestTimes.nanos(heldTime));
    }
}
