package tests;

import static lib.nexus.NexusAssertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lib.fixtures.Era;
import lib.fixtures.HistoricalData;
import lib.fixtures.JobFiles;
import lib.fixtures.Jobs;
import lib.fixtures.Modules;
import lib.fixtures.Publisher;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.fixtures.TestTimes;
import lib.wire.LogData;
import lib.wire.Profile;
import lib.wire.Value;
import org.junit.jupiter.api.Test;

@SystemTest
@HistoricalData
@Era(value = Profile.P2022, reason = "the count encodes the 2022 data-window rules (151 rows; current rules: 150)")
@Modules("f142")
class test_mass_message_handling {
    private static final String FILE = "output_file_mass_messages.nxs";
    private static final String TOPIC = "TEST_massAmountOfMessages";
    private static final Instant S = TestTimes.local("2014-07-15T11:01:35");
    private static final int EXTRA_SOURCES = 10;
    /** Fixed, so every run publishes the same offsets. */
    private static final long OFFSETS_SEED = 20140715L;

    /**
     * E8 (2022 rules): among 11 sources publishing every second, the job's source gets exactly its window plus
     * the last message before and the first after it.
     */
    @Test
    void test_mass_message_handling(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            @Structure("nexus_structure_mass_messages.json") String structure) {
        Random random = new Random(OFFSETS_SEED);
        long[] offsetsMs = new long[EXTRA_SOURCES];
        for (int k = 0; k < EXTRA_SOURCES; k++) {
            offsetsMs[k] = random.nextInt(2001) - 1000;
        }
        List<LogData> messages = new ArrayList<>();
        for (int second = 0; second <= 729; second++) {
            Instant time = S.plusSeconds(second);
            messages.add(LogData.f142("fw-test-helpers", time, Value.ofLong(42)));
            for (int k = 0; k < EXTRA_SOURCES; k++) {
                messages.add(LogData.f142("extra_source_" + k, time.plusMillis(offsetsMs[k]), Value.ofLong(42)));
            }
        }
        publisher.publishAll(TOPIC, messages);

        assertThat(jobFiles.writtenBy(jobs.eSuite(FILE, structure, S.plusSeconds(100), S.plusSeconds(248))))
                .dataset("entry/write_from_mass_messages/time")
                .hasRows(151);
    }
}
