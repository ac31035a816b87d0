package tests;

import static lib.fixtures.TestTimes.nanos;
import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import lib.control.JobDeadlines;
import lib.fixtures.Era;
import lib.fixtures.JobFiles;
import lib.fixtures.Jobs;
import lib.fixtures.Modules;
import lib.fixtures.Now;
import lib.fixtures.Publisher;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.nexus.NexusFile;
import lib.wire.ConnectionStatus;
import lib.wire.EpicsConnection;
import lib.wire.Profile;
import org.junit.jupiter.api.Test;

@SystemTest
class test_epics_status {
    private static final String TOPIC = "TEST_epicsConnectionStatus";
    private static final String SOURCE = "SIMPLE:DOUBLE";
    private static final String FILE = "output_file_ep00.nxs";
    private static final String STATUS = "EpicsConnectionStatus/connection_status";
    private static final String STATUS_TIME = "EpicsConnectionStatus/connection_status_time";
    /** D1's WAIT_NONE_WRITING is 35 s (catalogue D1); E13 is "as D1". */
    private static final JobDeadlines DEADLINES = JobDeadlines.DEFAULT.endingWithin(Duration.ofSeconds(35));

    /** D1 (2022): f142's ep00 companion writes connection changes as status names. */
    @Test
    @Era(value = Profile.P2022, reason = "the current writer has no f142 and no ep00 (see test_ep01)")
    @Modules({"f142", "ep00"})
    void test_ep00(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            @Now Instant now,
            @Structure("nexus_structure_epics_status.json") String structure) {
        Instant start = now.minusSeconds(5);
        publishConnectionChanges(
                publisher, start, now, change -> EpicsConnection.ep00(SOURCE, change.time(), change.status()));
        NexusFile file = jobFiles.writtenBy(jobs.dSuite(FILE, structure, start, now), DEADLINES);

        assertAll(
                () -> assertThat(file).dataset(STATUS_TIME).element(0).isEqualTo(nanos(start)),
                () -> assertThat(file).dataset(STATUS).element(0).isEqualTo("NEVER_CONNECTED"),
                () -> assertThat(file).dataset(STATUS_TIME).element(1).isEqualTo(nanos(start.plusMillis(10))),
                () -> assertThat(file).dataset(STATUS).element(1).isEqualTo("CONNECTED"));
    }

    /** E13 (current): the ep01 module writes connection changes as ConnectionInfo codes. */
    @Test
    @Era(value = Profile.CURRENT, reason = "the 2022 writer has no ep01 (see test_ep00)")
    @Modules("ep01")
    void test_ep01(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            @Now Instant now,
            @Structure("nexus_structure_epics_status_ep01.json") String structure) {
        Instant start = now.minusSeconds(5);
        publishConnectionChanges(
                publisher, start, now, change -> EpicsConnection.ep01(SOURCE, change.time(), change.status()));
        NexusFile file = jobFiles.writtenBy(jobs.eSuite(FILE, structure, start, now), DEADLINES);

        assertAll(
                () -> assertThat(file).dataset(STATUS_TIME).element(0).isEqualTo(nanos(start)),
                () -> assertThat(file)
                        .dataset(STATUS)
                        .element(0)
                        .as("NEVER_CONNECTED")
                        .isEqualTo(1),
                () -> assertThat(file).dataset(STATUS_TIME).element(1).isEqualTo(nanos(start.plusMillis(10))),
                () -> assertThat(file)
                        .dataset(STATUS)
                        .element(1)
                        .as("CONNECTED")
                        .isEqualTo(2));
    }

    private record Change(Instant time, ConnectionStatus status) {}

    /** Never connected at the start, connected 10 ms later, and once more 1 s after the stop (written, unchecked). */
    private static void publishConnectionChanges(
            Publisher publisher, Instant start, Instant stop, Function<Change, EpicsConnection> message) {
        List.of(
                        new Change(start, ConnectionStatus.NEVER_CONNECTED),
                        new Change(start.plusMillis(10), ConnectionStatus.CONNECTED),
                        new Change(stop.plusSeconds(1), ConnectionStatus.CONNECTED))
                .forEach(change -> publisher.publish(TOPIC, message.apply(change)));
    }
}
