package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Instant;
import lib.fixtures.Era;
import lib.fixtures.HistoricalData;
import lib.fixtures.JobFiles;
import lib.fixtures.Jobs;
import lib.fixtures.Modules;
import lib.fixtures.Publisher;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.fixtures.TestTimes;
import lib.nexus.NexusFile;
import lib.wire.Alarm;
import lib.wire.ConnectionStatus;
import lib.wire.EpicsConnection;
import lib.wire.LogData;
import lib.wire.Profile;
import lib.wire.Value;
import org.junit.jupiter.api.Test;

@SystemTest
@HistoricalData
@Era(value = Profile.CURRENT, reason = "the 2022 writer has no f144, ep01 or al00")
@Modules({"f144", "ep01", "al00"})
class test_full_f144_functionality {
    private static final String FILE = "scal_output_file.nxs";
    private static final String TOPIC = "TEST_scalData";
    private static final String SOURCE = "someSource";
    private static final String ALARM_MESSAGE = "Some alarm message you might find informative.";
    private static final Instant T = TestTimes.local("2020-06-12T11:01:35");

    /** E10 (current): f144 with its ep01 and al00 companions, and the statistics of its values. */
    @Test
    void test_f144(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            @Structure("nexus_structure_scal_data.json") String structure) {
        Instant time = T.plusSeconds(10);
        publisher.publish(TOPIC, new Alarm(SOURCE, time, Alarm.Severity.MAJOR, ALARM_MESSAGE));
        publisher.publish(TOPIC, EpicsConnection.ep01(SOURCE, time, ConnectionStatus.REMOTE_ERROR));
        publisher.publish(TOPIC, LogData.f144(SOURCE, time, Value.ofLong(42)));

        NexusFile file = jobFiles.writtenBy(jobs.eSuite(FILE, structure, T, T.plusSeconds(148)));
        String group = "entry/scal_data/";
        long alarmTime = TestTimes.nanos(time);
        assertAll(
                () -> assertThat(file)
                        .dataset(group + "minimum_value")
                        .scalarValue()
                        .isEqualTo(42),
                () -> assertThat(file)
                        .dataset(group + "maximum_value")
                        .scalarValue()
                        .isEqualTo(42),
                () -> assertThat(file)
                        .dataset(group + "average_value")
                        .scalarValue()
                        .isEqualTo(42),
                () -> assertThat(file).dataset(group + "value").first().isEqualTo(42),
                () -> assertThat(file).dataset(group + "alarm_message").first().isEqualTo(ALARM_MESSAGE),
                () -> assertThat(file)
                        .dataset(group + "alarm_severity")
                        .first()
                        .as("MAJOR")
                        .isEqualTo(2),
                () -> assertThat(file)
                        .dataset(group + "connection_status")
                        .first()
                        .as("REMOTE_ERROR")
                        .isEqualTo(7),
                () -> assertThat(file).dataset(group + "alarm_time").first().isEqualTo(alarmTime),
                () -> assertThat(file)
                        .dataset(group + "connection_status_time")
                        .first()
                        .isEqualTo(alarmTime),
                () -> assertThat(file).dataset(group + "time").first().isEqualTo(alarmTime));
    }
}
