package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;
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
import lib.wire.LogData;
import lib.wire.Profile;
import lib.wire.Value;
import org.junit.jupiter.api.Test;

@SystemTest
@HistoricalData
@Era(value = Profile.P2022, reason = "f144 refuses arrays and drops the message after the stop")
@Modules("f142")
class test_f142_meta_data {
    private static final String FILE = "output_file_with_meta_data.nxs";
    private static final String TOPIC = "TEST_sampleEnv";
    private static final Instant T = TestTimes.local("2020-06-12T11:01:35");

    /** D2 (2022): minimum, maximum and average over every value written, array elements and post-stop included. */
    @Test
    void test_f142_meta_data(
            JobFiles jobFiles,
            Jobs jobs,
            Publisher publisher,
            @Structure("nexus_structure_meta_data.json") String structure) {
        publisher.publish(TOPIC, LogData.f142("someSource1", T.plusSeconds(1), Value.ofLong(5)));
        publisher.publish(TOPIC, LogData.f142("someSource1", T.plusSeconds(2), Value.ofLong(10)));
        publisher.publish(TOPIC, LogData.f142("someSource1", T.plusSeconds(3), Value.ofLong(15)));
        publisher.publish(TOPIC, LogData.f142("someSource2", T.plusSeconds(4), Value.ofLongs(4, 6, 2)));
        publisher.publish(TOPIC, LogData.f142("someSource2", T.plusSeconds(5), Value.ofLongs(32, -5, 3)));
        publisher.publish(TOPIC, LogData.f142("someSource2", T.plusSeconds(200), Value.ofLongs(0, 1, 0)));

        NexusFile file = jobFiles.writtenBy(jobs.dSuite(FILE, structure, T, T.plusSeconds(148)));
        assertAll(
                () -> assertThat(file)
                        .dataset("entry/meta_data_1/minimum_value")
                        .first()
                        .isEqualTo(5),
                () -> assertThat(file)
                        .dataset("entry/meta_data_1/maximum_value")
                        .first()
                        .isEqualTo(15),
                () -> assertThat(file)
                        .dataset("entry/meta_data_1/average_value")
                        .first()
                        .isEqualTo(10),
                () -> assertThat(file)
                        .dataset("entry/meta_data_2/minimum_value")
                        .first()
                        .isEqualTo(-5),
                () -> assertThat(file)
                        .dataset("entry/meta_data_2/maximum_value")
                        .first()
                        .isEqualTo(32),
                () -> assertThat(file)
                        .dataset("entry/meta_data_2/average_value")
                        .first()
                        .isCloseTo(43.0 / 9, within(1e-12)));
    }
}
