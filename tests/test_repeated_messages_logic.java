package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Instant;
import java.util.List;
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
import lib.wire.LogData;
import lib.wire.Profile;
import lib.wire.Value;
import org.junit.jupiter.api.Test;

@SystemTest
@HistoricalData
@Era(value = Profile.P2022, reason = "the current writer writes nothing after the stop ([19, 20])")
@Modules("f142")
class test_repeated_messages_logic {
    private static final String FILE = "output_file_repeated_messages.nxs";
    private static final String TOPIC = "TEST_repeatedMessages";
    private static final String SOURCE = "fw-test-helpers";
    private static final Instant S = TestTimes.local("2019-06-12T11:01:35");
    private static final Instant STOP = S.plusSeconds(200);

    /**
     * D8 (2022): of messages sharing a timestamp only the first counts; the last before the start, those inside
     * and the first after the stop are written.
     */
    @Test
    void test_repeated_messages(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            @Structure("nexus_structure_repeated_data.json") String structure) {
        publisher.publishAll(
                TOPIC,
                List.of(
                        value(1, S.minusSeconds(5)),
                        value(2, S.minusSeconds(4)),
                        value(3, S.minusSeconds(3)),
                        value(10, S.minusSeconds(2)),
                        value(11, S.minusSeconds(2)),
                        value(12, S.minusSeconds(2)),
                        value(19, S.minusSeconds(1)),
                        value(20, S.plusSeconds(1)),
                        value(21, S.plusSeconds(1)),
                        value(22, S.plusSeconds(1)),
                        value(30, STOP.plusSeconds(1)),
                        value(31, STOP.plusSeconds(1)),
                        value(32, STOP.plusSeconds(1)),
                        value(40, STOP.plusSeconds(2))));

        NexusFile file = jobFiles.writtenBy(jobs.dSuite(FILE, structure, S, STOP));
        assertAll(() -> assertThat(file).dataset("entry/repeated_messages/time").hasRows(3), () -> assertThat(file)
                .dataset("entry/repeated_messages/value")
                .hasShape(3, 1)
                .hasValues(19, 20, 30));
    }

    private static LogData value(long value, Instant time) {
        return LogData.f142(SOURCE, time, Value.ofLong(value));
    }
}
