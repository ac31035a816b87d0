package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import lib.control.WorkerPool;
import lib.fixtures.FreshTopics;
import lib.fixtures.InherentWaits;
import lib.fixtures.Jobs;
import lib.fixtures.OutputFiles;
import lib.fixtures.RunKafkaFixture;
import lib.fixtures.RunSettings;
import lib.fixtures.SystemTest;
import lib.fixtures.TestTimes;
import lib.kafka.ConfirmingProducer;
import lib.kafka.Kafka;
import lib.nexus.NexusFile;
import lib.stream.EventDraws;
import lib.stream.EventSettings;
import lib.stream.LogSettings;
import lib.stream.LogValues;
import lib.stream.Pace;
import lib.stream.PulseSettings;
import lib.stream.Schedule;
import lib.stream.StreamPlan;
import lib.stream.StreamStructure;
import lib.stream.StreamedJob;
import lib.stream.Streamer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * A stress test (not in the catalogue; runs only with {@code -k stress}): two hours of 1 Hz logs from 50 sources
 * and 14 Hz event pulses, compressed 720 times into 10 s by {@code lib/stream}, inside one job; the file must hold
 * every message, in order. Under 2022 the same data goes as f142 and ev42.
 */
@SystemTest
@Tag("stress")
@FreshTopics({test_stress.LOG_TOPIC, test_stress.EVENT_TOPIC})
@ExtendWith(RunKafkaFixture.class)
class test_stress {
    static final String LOG_TOPIC = "TEST_stress_logs";
    static final String EVENT_TOPIC = "TEST_stress_events";
    private static final String FILE = "stress_output_file.nxs";
    private static final int LOG_SOURCES = 50;
    private static final Duration DATA_TIME = Duration.ofHours(2);
    private static final Pace PACE = new Pace(720);
    private static final int EVENTS_PER_PULSE = 100;
    private static final Instant START = TestTimes.local("2021-03-01T08:00:00");
    /** The writer may still be catching up when the stream ends. */
    private static final Duration WRITER_CATCH_UP = Duration.ofSeconds(90);

    @Test
    void test_hours_of_logs_and_events_compressed_into_seconds(
            Kafka kafka, WorkerPool pool, Jobs jobs, OutputFiles files, RunSettings run, InherentWaits inherent) {
        StreamPlan plan = plan(run);
        Schedule schedule = plan.schedule();
        inherent.add(PACE.wallTimeOf(DATA_TIME));
        try (ConfirmingProducer producer = ConfirmingProducer.connectForStreaming(kafka)) {
            String structure = StreamStructure.of(schedule.specs());
            new StreamedJob(pool, WRITER_CATCH_UP, null)
                    .run(
                            jobs.eSuite(FILE, structure, StreamedJob.startOf(schedule)),
                            new Streamer(producer, PACE, null),
                            schedule);
        }

        NexusFile file = files.open(FILE);
        StreamedData sent = new StreamedData(plan);
        List<Executable> checks = new ArrayList<>();
        sent.logs().stream().map(StreamedData::of).forEach(log -> {
            String group = StreamStructure.groupPath(log.source()) + "/";
            checks.add(() -> assertThat(file).column(group + "time").holdsInOrder(log.times()));
            checks.add(() -> assertThat(file).dataset(group + "value").hasValues(log.values()));
        });
        StreamedData.Events events = sent.events();
        String group = StreamStructure.groupPath(events.source()) + "/";
        checks.add(() -> assertThat(file).column(group + "event_time_zero").holdsInOrder(events.pulseTimes()));
        checks.add(() -> assertThat(file).column(group + "event_index").holdsInOrder(events.firstEvents()));
        checks.add(() -> assertThat(file).column(group + "event_id").holdsInOrder(events.detectorIds()));
        checks.add(() -> assertThat(file).column(group + "event_time_offset").holdsInOrder(events.timesOfFlight()));
        assertAll(checks);
    }

    private static StreamPlan plan(RunSettings run) {
        LogSettings logs = new LogSettings(
                run.is2022() ? "f142" : "f144", "stress_log_", LOG_SOURCES, 1, LOG_TOPIC, LogValues.RAMP);
        EventSettings events = new EventSettings(
                run.is2022() ? "ev42" : "ev44",
                "stress_events",
                EVENT_TOPIC,
                new PulseSettings(14, EVENTS_PER_PULSE, 1),
                EventDraws.DEFAULT);
        return new StreamPlan(START, DATA_TIME, logs, events, null);
    }
}
