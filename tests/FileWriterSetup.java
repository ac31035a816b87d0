package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import lib.control.JobDeadlines;
import lib.control.WriteJob;
import lib.fixtures.Publisher;
import lib.fixtures.RunSettings;
import lib.fixtures.TestTimes;
import lib.nexus.NexusFile;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Value;

/**
 * What the F tests ({@link TestFileWriter}, catalogue §6) share: their topics and default structure, the start
 * helper, the ev44/f144 pair they publish, and F5's check of the times mdat writes.
 */
final class FileWriterSetup {
    static final String HEAD_ONLY = "HEAD-era test: the 2022 writer has no ev44, f144 or mdat and echoes no start";
    static final String STRUCTURE = "nexus_structure_filewriter_default.json";
    static final String INST1 = "test_filewriter_inst1";
    static final String INST2 = "test_filewriter_inst2";
    static final String MOTION = "test_motion";
    static final String DETECTOR = "test_detector";
    /** Upstream waited up to 60 s for a file; a job with a stop time ends at most 10 s after it (time-after-stop). */
    static final Duration JOB_END = Duration.ofSeconds(60);
    /** F5's and F7's jobs: a stop 10 s after the start, or both in the past. */
    static final JobDeadlines TIMED_JOB = JobDeadlines.DEFAULT.endingWithin(JOB_END);
    /** F8's job starts 30 s ahead and lasts 10 s, plus the time-after-stop. */
    static final JobDeadlines FUTURE_JOB = JobDeadlines.DEFAULT.endingWithin(Duration.ofSeconds(90));
    /**
     * F8's start lies this far in the future when the job is sent: more than the writer's 10 s time-before-start, so
     * even the data window's beginning lies in the future.
     */
    static final Duration FUTURE_START = Duration.ofSeconds(30);

    private static final String RUN_NAME = "test_run";
    private static final String UTC_MILLIS_FORMAT = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z";

    private FileWriterSetup() {}

    /**
     * The F tests' start helper: a new job id, times in whole seconds, file {@code <start seconds>.nxs}, run name
     * {@code test_run}; {@code stop} null means no stop time.
     */
    static WriteJob job(String structure, Instant start, Instant stop, String controlTopic) {
        Instant startSeconds = start.truncatedTo(ChronoUnit.SECONDS);
        Instant stopSeconds = stop == null ? null : stop.truncatedTo(ChronoUnit.SECONDS);
        return WriteJob.of(startSeconds.getEpochSecond() + ".nxs", structure, startSeconds)
                .with(pl72 -> pl72.stop(stopSeconds).runName(RUN_NAME).controlTopic(controlTopic));
    }

    /** The F3/F7 data: an ev44 of five events and an f144 of value n, both at {@code timeNs}. */
    static void publishPair(Publisher publisher, int n, long timeNs) {
        int[] timeOfFlight = IntStream.range(0, 5).map(i -> i * 10 + n * 50).toArray();
        int[] pixelId = IntStream.range(0, 5).map(i -> i + n * 5).toArray();
        publisher.publish(DETECTOR, EventData.ev44("grace", timeNs, timeNs, timeOfFlight, pixelId));
        publisher.publish(MOTION, LogData.f144("axis", timeNs, Value.ofLong(n)));
    }

    /**
     * A start for a job whose data window holds none of the data that earlier tests published on the default
     * structure's topics (F3's lies seconds back): {@code now}, or just late enough that the writer's
     * time-before-start does not reach the newest record. Upstream got the same by listening for 12 s first. With
     * earlier data in the window a source filter holds its last message, and a stop-now then crashes HEAD
     * main-162d07c (protocol.md §9; {@code test_stop_now_with_buffered_data} shows that on its own). A later start
     * costs no wait: the job writes (its status says so) from the moment it is taken.
     */
    static Instant startAfterEarlierData(Publisher publisher, Instant now) {
        return publisher
                .newestRecordTime(MOTION, DETECTOR)
                .map(newest -> newest.plus(RunSettings.WRITER_TIME_BEFORE_START).plusMillis(1))
                .filter(start -> start.isAfter(now))
                .orElse(now);
    }

    /** Long enough for one more status to arrive if the writer still sent any. */
    static Duration quietWindow(Duration statusInterval) {
        return statusInterval.multipliedBy(3).dividedBy(2);
    }

    /** The time left until {@code instant}, zero once it has passed. */
    static Duration untilPast(Instant instant) {
        Duration left = Duration.between(Instant.now(), instant);
        return left.isNegative() ? Duration.ZERO : left;
    }

    static Object[] boxed(long[] values) {
        return LongStream.of(values).boxed().toArray();
    }

    static Object[] range(int fromInclusive, int toExclusive) {
        return IntStream.range(fromInclusive, toExclusive).boxed().toArray();
    }

    /** F5's check, which F8 repeats: mdat wrote the job's start and stop as UTC text with milliseconds. */
    static void assertStartAndEndTimeWritten(NexusFile file, WriteJob job) {
        assertAll(
                () -> assertThat(file)
                        .dataset("entry/start_time")
                        .scalarValue()
                        .asText()
                        .matches(UTC_MILLIS_FORMAT)
                        .isEqualTo(TestTimes.utcMillisText(job.start())),
                () -> assertThat(file)
                        .dataset("entry/end_time")
                        .scalarValue()
                        .asText()
                        .matches(UTC_MILLIS_FORMAT)
                        .isEqualTo(TestTimes.utcMillisText(job.stop())));
    }
}
