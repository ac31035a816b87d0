package tests;

import static lib.fixtures.TestTimes.nanos;
import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Instant;
import lib.fixtures.HistoricalData;
import lib.fixtures.JobFiles;
import lib.fixtures.Jobs;
import lib.fixtures.Modules;
import lib.fixtures.Publisher;
import lib.fixtures.RunSettings;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.fixtures.TestTimes;
import lib.nexus.NexusFile;
import lib.wire.EventData;
import org.junit.jupiter.api.Test;

@SystemTest
@HistoricalData
@Modules("ev44")
class test_ev44_functionality {
    private static final String FILE = "ev44_output_file.nxs";
    private static final String TOPIC = "ev44_topic";
    private static final Instant T = TestTimes.local("2020-06-12T11:01:35");
    private static final int[] EVENTS = {11, 12, 13, 21, 22, 31, 32, 33};

    /**
     * E11 (transitional, decisions B3): one ev44 with three pulses and a cue every 3 events. Under 2022 as written:
     * the pulses lie 1-3 µs after the epoch, before the start, so the message is the buffered one, written when
     * the job ends. Under current (HEAD adaptation; HEAD's ev44 drops a buffered message) the pulses lie in the
     * window, at T + 10 s. The structure gives {@code cue_interval} as the number 3: the original's string "3" is a
     * type error to both real writers, which then keep the default interval and write no cue (catalogue E11).
     */
    @Test
    void test_ev44_several_pulses(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            RunSettings run,
            @Structure("nexus_structure_ev44.json") String structure) {
        long base = run.is2022() ? 0 : nanos(T.plusSeconds(10));
        long[] pulses = {base + 1000, base + 2000, base + 3000};
        publisher.publish(
                TOPIC,
                EventData.ev44("ev44_source", 1, pulses, new int[] {0, 3, 5}, EVENTS, EVENTS),
                T.plusSeconds(10));

        NexusFile file = jobFiles.writtenBy(jobs.eSuite(FILE, structure, T, T.plusSeconds(15)));
        String events = "entry/test/event_data/";
        assertAll(
                () -> assertThat(file).dataset(events + "event_id").hasValues(11, 12, 13, 21, 22, 31, 32, 33),
                () -> assertThat(file).dataset(events + "event_time_offset").hasValues(11, 12, 13, 21, 22, 31, 32, 33),
                () -> assertThat(file).dataset(events + "event_time_zero").hasValues(pulses[0], pulses[1], pulses[2]),
                () -> assertThat(file).dataset(events + "event_index").hasValues(0, 3, 5),
                () -> assertThat(file).dataset(events + "cue_timestamp_zero").hasValues(pulses[2] + 33),
                () -> assertThat(file).dataset(events + "cue_index").hasValues(7));
    }
}
