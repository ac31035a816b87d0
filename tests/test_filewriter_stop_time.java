package tests;

import static lib.fixtures.TestTimes.nanos;
import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
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
import lib.wire.AlarmSeverity;
import lib.wire.AlarmStatus;
import lib.wire.LogData;
import lib.wire.Profile;
import lib.wire.Value;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * D7 and E14 publish to the same topics. E14 uses a later hour than D7 and runs after it, so that D7's data lies
 * wholly before E14's window and E14's after D7's.
 */
@SystemTest
@HistoricalData
@Era(
        value = Profile.P2022,
        reason = "the current writer has no f142 (with f144 D7 would count 148 rows and E14 have no alarm rows)")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class test_filewriter_stop_time {
    private static final String SOURCE = "fw-test-helpers";
    private static final List<String> TOPICS = List.of("TEST_historicalData1", "TEST_historicalData2");
    private static final Instant D7_S = TestTimes.local("2019-06-12T11:01:35");
    private static final Instant E14_S = D7_S.plus(Duration.ofHours(1));

    /** D7 (2022): a job wholly in the past gets its window, the last message before it and the first after it. */
    @Test
    @Order(1)
    @Modules("f142")
    void test_start_and_stop_time_are_in_the_past(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            @Structure("nexus_structure_historical.json") String structure) {
        Instant s = D7_S;
        publishEverySecond(publisher, s, time -> {
            LogData message = LogData.f142(SOURCE, time, Value.ofLong(42));
            if (time.equals(s.plusSeconds(50))) {
                return message.withAlarm(AlarmStatus.HIGH, AlarmSeverity.MAJOR);
            }
            return time.equals(s.plusSeconds(60))
                    ? message.withAlarm(AlarmStatus.NO_ALARM, AlarmSeverity.NO_ALARM)
                    : message;
        });
        String fileName = "output_file_of_historical_data.nxs";
        NexusFile file = jobFiles.writtenBy(jobs.dSuite(fileName, structure, s.plusSeconds(2), s.plusSeconds(148)));

        assertAll(
                () -> assertThat(file).dataset("entry/historical_data_1/time").hasRows(149),
                () -> assertThat(file).dataset("entry/historical_data_2/time").hasRows(149),
                () -> assertThat(file)
                        .dataset("entry/historical_data_1/alarm_status")
                        .hasRows(2)
                        .hasValues("HIGH", "NO_ALARM"),
                () -> assertThat(file)
                        .dataset("entry/historical_data_1/alarm_severity")
                        .hasRows(2)
                        .hasValues("MAJOR", "NO_ALARM"),
                () -> assertThat(file)
                        .dataset("entry/historical_data_1/alarm_time")
                        .hasValues(nanos(s.plusSeconds(50)), nanos(s.plusSeconds(60))));
    }

    /**
     * E14 (transitional, run under 2022 with the 2022 alarm form, decisions B3): every message carries alarm
     * fields, so every written message has an alarm row; mdat records the job's start and stop.
     */
    @Test
    @Order(2)
    @Modules({"f142", "mdat"})
    void test_start_and_stop_time_are_in_the_past_with_alarms(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            @Structure("nexus_structure_historical_mdat.json") String structure) {
        Instant s = E14_S;
        publishEverySecond(
                publisher,
                s,
                time -> time.equals(s.plusSeconds(50))
                        ? LogData.f142(SOURCE, time, Value.ofLong(42)).withAlarm(AlarmStatus.HIGH, AlarmSeverity.MAJOR)
                        : LogData.f142(SOURCE, time, Value.ofLong(42))
                                .withAlarm(AlarmStatus.NO_ALARM, AlarmSeverity.NO_ALARM));
        String fileName = "output_file_of_historical_data_with_alarms.nxs";
        NexusFile file = jobFiles.writtenBy(jobs.eSuite(fileName, structure, s.plusSeconds(2), s.plusSeconds(148)));

        assertAll(
                () -> assertThat(file).dataset("entry/historical_data_1/time").hasRows(149),
                () -> assertThat(file).dataset("entry/historical_data_2/time").hasRows(149),
                () -> assertThat(file)
                        .dataset("entry/historical_data_1/alarm_status")
                        .hasRows(149)
                        .first()
                        .isEqualTo("NO_ALARM"),
                () -> assertThat(file)
                        .dataset("entry/historical_data_1/alarm_severity")
                        .hasRows(149)
                        .first()
                        .isEqualTo("NO_ALARM"),
                () -> assertThat(file)
                        .dataset("entry/historical_data_1/alarm_time")
                        .first()
                        .isEqualTo(nanos(s.plusSeconds(1))),
                () -> assertThat(file)
                        .dataset("entry/start_time")
                        .scalarValue()
                        .isEqualTo(TestTimes.utcMillisText(s.plusSeconds(2))),
                () -> assertThat(file)
                        .dataset("entry/end_time")
                        .scalarValue()
                        .isEqualTo(TestTimes.utcMillisText(s.plusSeconds(148))));
    }

    /** 200 messages per topic, one a second from {@code s} to {@code s} + 199 s. */
    private static void publishEverySecond(Publisher publisher, Instant s, Function<Instant, LogData> messageAt) {
        List<LogData> messages = new ArrayList<>();
        for (int second = 0; second < 200; second++) {
            messages.add(messageAt.apply(s.plusSeconds(second)));
        }
        TOPICS.forEach(topic -> publisher.publishAll(topic, messages));
    }
}
