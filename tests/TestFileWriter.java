package tests;

import static lib.fixtures.RecordedMessagesAssert.assertThat;
import static lib.nexus.NexusAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static tests.FileWriterSetup.FUTURE_JOB;
import static tests.FileWriterSetup.FUTURE_START;
import static tests.FileWriterSetup.HEAD_ONLY;
import static tests.FileWriterSetup.INST1;
import static tests.FileWriterSetup.INST2;
import static tests.FileWriterSetup.JOB_END;
import static tests.FileWriterSetup.STRUCTURE;
import static tests.FileWriterSetup.TIMED_JOB;
import static tests.FileWriterSetup.assertStartAndEndTimeWritten;
import static tests.FileWriterSetup.boxed;
import static tests.FileWriterSetup.job;
import static tests.FileWriterSetup.publishPair;
import static tests.FileWriterSetup.range;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import lib.control.JobDeadlines;
import lib.control.JobHandle;
import lib.control.StartedJob;
import lib.control.WorkerPool;
import lib.control.WriteJob;
import lib.fixtures.Era;
import lib.fixtures.InherentWaits;
import lib.fixtures.JobFiles;
import lib.fixtures.Modules;
import lib.fixtures.MultipleWriters;
import lib.fixtures.Now;
import lib.fixtures.Observation;
import lib.fixtures.OutputFiles;
import lib.fixtures.Pacing;
import lib.fixtures.Publisher;
import lib.fixtures.RecordedMessage;
import lib.fixtures.RecordedMessages;
import lib.fixtures.RunSettings;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.fixtures.TestTimes;
import lib.fixtures.TopicRecorder;
import lib.fixtures.TopicRecorders;
import lib.nexus.NexusFile;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.FinishedWriting;
import lib.wire.Profile;
import lib.wire.Status;
import lib.wire.WriterState;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The F tests (catalogue §6): the current writer's own integration tests, on the run's shared writers, pool and
 * command/status topic (decisions A1, A2), with the catalogue's control and data topics. They run in catalogue order
 * so that the data of one test never lands in the data window of the next (F3 before F7).
 *
 * <p>Inherent waits, at the run's 2 s status interval (measured with the reference writer, whole test in brackets):
 * F1 up to 2 intervals for two statuses of one writer (3 s); F2 6 intervals for six statuses while writing plus a
 * quiet 1.5 after the wrdn, 15 s (19 s); F3 29 x 0.2 s of paced publishing, 5.8 s (8.5 s); F4 3 intervals of writing
 * plus up to 2 for two statuses after, 10 s (14 s); F5 the job's 10 s plus the writer's 10 s time-after-stop, 20 s
 * (20 s); F6 until job 3's start has passed, at most 2.5 s (6 s); F7 until the past stop plus 10 s, 5 s (5.5 s); F8
 * 30 s to the start, 10 s to the stop and 10 s after, 50 s (51 s); F9 none (3 s). In all about 111 s of the 130 s.
 */
@SystemTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TestFileWriter {
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(10);
    /** F1 and F4 consumed the status topic for 12 s. */
    private static final Duration STATUS_DEADLINE = Duration.ofSeconds(12);
    /** F2 collected the control topic for 30 s while writing. */
    private static final Duration WRITING_STATUS_DEADLINE = Duration.ofSeconds(30);
    /** F9 collected the status topic for 15 s. */
    private static final Duration REPLY_DEADLINE = Duration.ofSeconds(15);
    /** F3 sent its data once a second; the spacing only has to keep message times distinct and rising. */
    private static final Duration LIVE_DATA_SPACING = Duration.ofMillis(200);
    /** F3's stop follows its last message after upstream's spacing, so the writer has read it (§6.1). */
    private static final Duration LAST_MESSAGE_READ_TIME = Duration.ofSeconds(1);

    /** F1 (both eras): idle writers publish x5f2 with state idle on the status topic. Inherent wait: 2 intervals. */
    @Test
    @Order(1)
    void test_idle_status_messages_sent(RunSettings run, TopicRecorders recorders, InherentWaits inherentWaits) {
        TopicRecorder status = recorders.fromEnd(run.commandTopic());

        RecordedMessages messages = inherentWaits.measure(() -> status.collectUntil(
                "two status messages from one writer",
                received -> received.mostStatusesFromOneWriter() >= 2,
                STATUS_DEADLINE));

        assertThat(messages).hasSizeGreaterThanOrEqualTo(2).identifiers().containsOnly(Status.IDENTIFIER);
        assertThat(messages).statusStates().last().isEqualTo(WriterState.IDLE);
    }

    /**
     * F2: the messages of a job without data on its control topic, in order. Inherent wait: 7.5 status intervals (six
     * statuses while writing, then a quiet window after the wrdn).
     */
    @Test
    @Order(2)
    @Era(value = Profile.CURRENT, reason = HEAD_ONLY)
    @Modules({"ev44", "f144", "mdat"})
    void test_writing_a_blank_file_sends_correct_messages(
            WorkerPool pool,
            TopicRecorders recorders,
            OutputFiles files,
            @Now Instant now,
            @Structure(STRUCTURE) String structure,
            InherentWaits inherentWaits) {
        String metadata = "{\"hello\": 123}";
        TopicRecorder control = recorders.fromEnd(INST1);
        WriteJob job = job(structure, now, null, INST1).with(pl72 -> pl72.metadata(metadata));
        pool.waitIdle(1);

        pool.start(job);
        RecordedMessages writing = inherentWaits.measure(() -> control.collectUntil(
                "six status messages while writing",
                received -> received.count(Status.IDENTIFIER) >= 6,
                WRITING_STATUS_DEADLINE));
        pool.stopNow(job, "");
        control.awaitMessage("the job's wrdn", message -> message.is(FinishedWriting.IDENTIFIER), STOP_TIMEOUT);
        // Nothing may follow the wrdn: a status sent to the control topic after it would show within an interval.
        RecordedMessages messages = control.collectFor(FileWriterSetup.quietWindow(writing.statusInterval()));
        files.open(job.fileName());

        FinishedWriting finished = messages.only(FinishedWriting.IDENTIFIER).as(FinishedWriting.class);
        assertAll(
                () -> assertThat(messages).identifiers().as("first two").startsWith("pl72", "answ"),
                () -> assertThat(messages).identifiers().as("last three").endsWith("6s4t", "answ", "wrdn"),
                () -> assertThat(messages).countOf("pl72").isEqualTo(1),
                () -> assertThat(messages).countOf("x5f2").isGreaterThanOrEqualTo(6),
                () -> assertThat(messages).countOf("6s4t").isEqualTo(1),
                () -> assertThat(messages).countOf("wrdn").isEqualTo(1),
                () -> assertThat(messages).countOf("answ").isEqualTo(2),
                () -> assertThat(messages).statusStates().first().isEqualTo(WriterState.WRITING),
                () -> assertThat(finished.fileName()).endsWith(job.fileName()),
                () -> assertThat(finished.metadata()).isEqualTo(metadata));
    }

    /** F3: live ev44 and f144 data reach the file unchanged. Inherent wait: 29 × the publishing spacing. */
    @Test
    @Order(3)
    @Era(value = Profile.CURRENT, reason = HEAD_ONLY)
    @Modules({"ev44", "f144", "mdat"})
    void test_data_written_to_file_is_correct(
            WorkerPool pool,
            Publisher publisher,
            OutputFiles files,
            @Now Instant now,
            @Structure(STRUCTURE) String structure,
            Observation observation,
            Pacing pacing) {
        int count = 30;
        long[] times = new long[count];
        WriteJob job = job(structure, now, null, INST1);
        pool.waitIdle(1);
        // Message 0 is on the topics before the start, as upstream's: a writer whose start-offset look-up finds no
        // record begins at the topic's end as resolved about 0.5 s later and never reads what came in between
        // (protocol.md §6.1). Its time is after the job's start, so it lies inside the window.
        times[0] = TestTimes.nanos(Instant.now());
        publishPair(publisher, 0, times[0]);
        JobHandle running = pool.start(job);

        pacing.atIntervals(count - 1, LIVE_DATA_SPACING, step -> {
            int n = step + 1;
            times[n] = TestTimes.nanos(Instant.now());
            publishPair(publisher, n, times[n]);
        });
        // Stop-now writes only what the writer has already read (§6.1); nothing shows when it has read the last
        // message, so it gets upstream's spacing of one second for it.
        observation.observe(LAST_MESSAGE_READ_TIME);
        pool.stopNow(job, "");
        running.awaitDone(STOP_TIMEOUT);

        NexusFile file = files.open(job.fileName());
        assertAll(
                () -> assertThat(file).dataset("entry/detector/event_time_zero").hasValues(boxed(times)),
                () -> assertThat(file).dataset("entry/detector/event_index").hasShape(count),
                () -> assertThat(file).dataset("entry/detector/event_id").hasValues(range(0, 5 * count)),
                () -> assertThat(file)
                        .dataset("entry/detector/event_time_offset")
                        .hasValues(IntStream.range(0, 5 * count)
                                .map(i -> 10 * i)
                                .boxed()
                                .toArray()),
                () -> assertThat(file).dataset("entry/title").scalarValue().isEqualTo("This is my title"),
                () -> assertThat(file).dataset("entry/motion/time").hasValues(boxed(times)),
                () -> assertThat(file).dataset("entry/motion/value").hasValues(range(0, count)));
    }

    /**
     * F4: a writer's idle status leaves the status topic while it writes (it goes to the control topic) and comes
     * back after, from the writer that took the job (decisions A4). Listen to the status topic, start, write for
     * three status intervals, stop, listen again: at least two statuses after the job, and a gap in them longer
     * than the writing. Inherent wait: 3 status intervals of writing, up to 2 for two statuses after.
     */
    @Test
    @Order(4)
    @Era(value = Profile.CURRENT, reason = HEAD_ONLY)
    @Modules({"ev44", "f144", "mdat"})
    void test_rejoins_pool_after_writing_done(
            RunSettings run,
            WorkerPool pool,
            Publisher publisher,
            TopicRecorders recorders,
            @Now Instant now,
            @Structure(STRUCTURE) String structure,
            Observation observation,
            InherentWaits inherentWaits) {
        TopicRecorder status = recorders.fromEnd(run.commandTopic());
        TopicRecorder control = recorders.fromEnd(INST1);
        WriteJob job = job(structure, FileWriterSetup.startAfterEarlierData(publisher, now), null, INST1);
        pool.waitIdle(1);
        Duration writingTime = inherentWaits
                .measure(() -> status.collectUntil(
                        "an idle status from each of the run's writers",
                        received -> received.statusServiceIds().size() >= run.writers(),
                        STATUS_DEADLINE))
                .statusInterval()
                .multipliedBy(3);

        JobHandle running = pool.start(job);
        Instant started = Instant.now();
        String writer = running.writer();
        observation.observe(writingTime);
        pool.stopNow(job, "");
        running.awaitDone(STOP_TIMEOUT);
        RecordedMessages statuses = inherentWaits
                .measure(() -> status.collectUntil(
                        "two statuses from " + writer + " after its job",
                        received ->
                                received.statusesOf(writer).stampedFrom(started).size() >= 2,
                        STATUS_DEADLINE))
                .statusesOf(writer);

        assertAll(
                () -> assertThat(statuses.stampedFrom(started))
                        .as("statuses of " + writer + " after its job")
                        .hasSizeGreaterThanOrEqualTo(2),
                () -> assertThat(statuses.gapAround(started))
                        .as("silence of " + writer + " on the status topic")
                        .isGreaterThan(writingTime),
                () -> assertThat(control.messages())
                        .as("statuses of " + writer + " on the control topic")
                        .anyMatch(message -> message.isStatusOf(writer)));
    }

    /** F5: a job with start and stop in one pl72 records both times in its mdat. Inherent wait: the job, 20 s. */
    @Test
    @Order(5)
    @Era(value = Profile.CURRENT, reason = HEAD_ONLY)
    @Modules({"ev44", "f144", "mdat"})
    void test_start_and_stop_in_same_message(
            JobFiles jobFiles, @Now Instant now, @Structure(STRUCTURE) String structure) {
        Instant start = now.truncatedTo(ChronoUnit.SECONDS);
        WriteJob job = job(structure, start, start.plusSeconds(10), INST1);

        NexusFile file = jobFiles.writtenBy(job, TIMED_JOB);
        assertStartAndEndTimeWritten(file, job);
    }

    /**
     * F6: two writers, three jobs; the third waits on the pool and, once taken, finds its stop on its control topic,
     * sent before it started (the writer reads it from the job's start time). Inherent wait: until job 3's start
     * has passed, at most 2.5 s.
     */
    @Test
    @Order(6)
    @Era(value = Profile.CURRENT, reason = HEAD_ONLY)
    @MultipleWriters(2)
    @Modules({"ev44", "f144", "mdat"})
    void test_two_writers_write_three_files(
            WorkerPool pool,
            TopicRecorders recorders,
            OutputFiles files,
            @Now Instant now,
            @Structure(STRUCTURE) String structure,
            Observation observation) {
        TopicRecorder inst1 = recorders.fromEnd(INST1);
        TopicRecorder inst2 = recorders.fromEnd(INST2);
        Instant seconds = now.truncatedTo(ChronoUnit.SECONDS);
        List<WriteJob> jobs = List.of(
                job(structure, seconds, null, INST1),
                job(structure, seconds.plusSeconds(1), null, INST2),
                job(structure, seconds.plusSeconds(2), null, INST1));
        pool.waitIdle(2);

        List<StartedJob> started = jobs.stream().map(pool::startJob).toList();
        started.get(0).command().awaitSuccess(JobDeadlines.START_ANSWER);
        started.get(1).command().awaitSuccess(JobDeadlines.START_ANSWER);
        // Job 3's stop must carry a Kafka time after job 3's start, or the writer that takes it will not see it.
        observation.observe(FileWriterSetup.untilPast(jobs.get(2).start().plusMillis(500)));
        jobs.forEach(job -> pool.stopNow(job, ""));
        started.get(2).job().awaitDone(JOB_END);
        inst1.collectUntil("two wrdn", received -> received.count(FinishedWriting.IDENTIFIER) >= 2, STOP_TIMEOUT);
        inst2.collectUntil("one wrdn", received -> received.count(FinishedWriting.IDENTIFIER) >= 1, STOP_TIMEOUT);

        List<String> names = Stream.of(inst1, inst2)
                .flatMap(recorder -> recorder.messages().withIdentifier(FinishedWriting.IDENTIFIER).stream())
                .map(message -> Path.of(message.as(FinishedWriting.class).fileName())
                        .getFileName()
                        .toString())
                .toList();
        assertAll(
                () -> assertThat(names)
                        .as("files named by the wrdn messages")
                        .containsExactlyInAnyOrderElementsOf(
                                jobs.stream().map(WriteJob::fileName).toList()),
                () -> jobs.forEach(job -> assertThat(files.path(job.fileName())).exists()));
    }

    /**
     * F7: of data sent before the job, only the window's is written, plus (f144 only) the last value before the
     * start. The data is stamped with fixed times 14.5 s to 0.5 s in the past instead of being sent live, once a
     * second: the writer sees the same messages and times, and the test does not wait 14 s. Inherent wait: the job,
     * 5 s.
     */
    @Test
    @Order(7)
    @Era(value = Profile.CURRENT, reason = HEAD_ONLY)
    @Modules({"ev44", "f144", "mdat"})
    void test_data_before_and_after(
            JobFiles jobFiles, Publisher publisher, @Now Instant now, @Structure(STRUCTURE) String structure) {
        // Half a second past a whole second: the whole-second window then lies strictly between messages.
        Instant first = now.truncatedTo(ChronoUnit.SECONDS).minusSeconds(15).plusMillis(500);
        long[] times = LongStream.range(0, 15)
                .map(n -> TestTimes.nanos(first.plusSeconds(n)))
                .toArray();
        for (int n = 0; n < times.length; n++) {
            publishPair(publisher, n, times[n]);
        }
        Instant start = Instant.ofEpochSecond(Math.floorDiv(times[4], 1_000_000_000L));
        Instant stop = Instant.ofEpochSecond(Math.floorDiv(times[10], 1_000_000_000L));

        NexusFile file = jobFiles.writtenBy(job(structure, start, stop, INST1), TIMED_JOB);
        assertAll(
                () -> assertThat(file).dataset("entry/detector/event_time_zero").hasShape(6),
                () -> assertThat(file)
                        .dataset("entry/detector/event_id")
                        .first()
                        .isEqualTo(20),
                () -> assertThat(file).dataset("entry/detector/event_id").last().isEqualTo(49),
                () -> assertThat(file).dataset("entry/motion/time").hasShape(7),
                () -> assertThat(file).dataset("entry/motion/value").first().isEqualTo(3),
                () -> assertThat(file).dataset("entry/motion/value").last().isEqualTo(9));
    }

    /** F8: a job whose start and stop both lie in the future. Inherent wait: the job, 50 s. */
    @Test
    @Order(8)
    @Era(value = Profile.CURRENT, reason = HEAD_ONLY)
    @Modules({"ev44", "f144", "mdat"})
    void test_start_and_stop_in_the_future(
            JobFiles jobFiles, @Now Instant now, @Structure(STRUCTURE) String structure) {
        Instant start = now.plus(FUTURE_START).truncatedTo(ChronoUnit.SECONDS);
        WriteJob job = job(structure, start, start.plusSeconds(10), INST1);

        NexusFile file = jobFiles.writtenBy(job, FUTURE_JOB);
        assertStartAndEndTimeWritten(file, job);
    }

    /** F9: a structure that is not JSON fails the start, answered on the status topic. Inherent wait: none. */
    @Test
    @Order(9)
    @Era(value = Profile.CURRENT, reason = HEAD_ONLY)
    void test_writing_does_not_start_on_invalid_input(
            RunSettings run,
            WorkerPool pool,
            TopicRecorders recorders,
            @Now Instant now,
            @Structure(STRUCTURE) String structure) {
        TopicRecorder status = recorders.fromEnd(run.commandTopic());
        String broken = structure.substring(structure.indexOf('{') + 1);
        WriteJob job = job(broken, now, null, INST1);
        pool.waitIdle(1);

        pool.startJob(job);

        RecordedMessage reply = status.awaitMessage(
                "an answ to job " + job.jobId(), message -> message.isAnswerAbout(job.jobId()), REPLY_DEADLINE);
        assertThat(reply.as(ActionResponse.class).outcome()).isEqualTo(ActionOutcome.FAILURE);
    }
}
