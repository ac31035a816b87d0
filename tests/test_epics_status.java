package tests;

import static lib.fixtures.TestTimes.nanos;
import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import lib.control.WorkerPool;
import lib.control.WriteJob;
import lib.fixtures.Era;
import lib.fixtures.Jobs;
import lib.fixtures.Modules;
import lib.fixtures.Now;
import lib.fixtures.OutputFiles;
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

    /** D1 (2022): f142's ep00 companion writes connection changes as status names. */
    @Test
    @Era(value = Profile.P2022, reason = "the current writer has no f142 and no ep00 (see test_ep01)")
    @Modules({"f142", "ep00"})
    void test_ep00(
            WorkerPool pool,
            Jobs jobs,
            Publisher publisher,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure_epics_status.json") String structure) {
        Instant start = now.minusSeconds(5);
        publishConnectionChanges(
                publisher, start, now, change -> EpicsConnection.ep00(SOURCE, change.time(), change.status()));
        NexusFile file = runJob(pool, files, jobs.dSuite(FILE, structure, start, now));

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
            WorkerPool pool,
            Jobs jobs,
            Publisher publisher,
            OutputFiles files,
            @Now Instant now,
            @Structure("nexus_structure_epics_status_ep01.json") String structure) {
        Instant start = now.minusSeconds(5);
        publishConnectionChanges(
                publisher, start, now, change -> EpicsConnection.ep01(SOURCE, change.time(), change.status()));
        NexusFile file = runJob(pool, files, jobs.eSuite(FILE, structure, start, now));

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

    private static NexusFile runJob(WorkerPool pool, OutputFiles files, WriteJob job) {
        pool.waitIdle(1, Duration.ofSeconds(20));
        pool.start(job, Duration.ofSeconds(20));
        pool.waitNoneWriting(Duration.ofSeconds(35));
        return files.open(job.fileName());
    }
}
