package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static lib.nexus.NexusAssertions.uint64;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Instant;
import lib.fixtures.JobFiles;
import lib.fixtures.Jobs;
import lib.fixtures.Now;
import lib.fixtures.RunSettings;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.fixtures.WriterForms;
import lib.nexus.NexusFile;
import org.junit.jupiter.api.Test;

@SystemTest
class test_filewriter_static_data {
    private static final String FILE = "output_file_static.nxs";

    /** D6 (both eras): every static dataset and attribute of the structure reaches the file. */
    @Test
    void test_static_data_reaches_file(
            JobFiles jobFiles,
            Jobs jobs,
            RunSettings run,
            @Now Instant now,
            @Structure("nexus_structure_static.json") String structure) {
        // Instead of "not in SWMR mode" (decisions B5): the job is DONE (its wrdn came), the writer closed the file
        // and it reads back.
        NexusFile file = jobFiles.writtenBy(jobs.dSuite(FILE, structure, now.minusSeconds(10), now));
        int[] scalar = WriterForms.staticScalarShape(run);
        String location = "entry/instrument/monitor1/transformations/location";
        assertAll(
                () -> assertThat(file)
                        .dataset("entry/start_time")
                        .hasShape(scalar)
                        .hasValues("2016-04-12T02:58:52"),
                () -> assertThat(file)
                        .dataset("entry/end_time")
                        .hasShape(scalar)
                        .hasValues("2016-04-12T03:29:11"),
                () -> assertThat(file).dataset("entry/test_vector1").hasShape(3).hasValues(1, 2, 3),
                () -> assertThat(file)
                        .dataset("entry/test_vector2")
                        .hasShape(2, 3)
                        .hasValues(1, 2, 3, -1, -2, -3),
                () -> assertThat(file).dataset("entry/duration").hasShape(1).hasValues(1817.0),
                () -> assertThat(file).dataset("entry/features").first().isEqualTo(uint64("10138143369737381149")),
                () -> assertThat(file)
                        .dataset("entry/user_1/affiliation")
                        .scalarValue()
                        .isEqualTo("ISIS, STFC"),
                () -> assertThat(file).dataset(location).attribute("vector").hasValuesCloseTo(within(1e-9), 0, 0, -1),
                () -> assertThat(file)
                        .dataset(location)
                        .attribute("vector2")
                        .hasShape(2, 3)
                        .hasValuesCloseTo(within(1e-9), 3, 2, -1, -1, -2, -3),
                () -> assertThat(file)
                        .dataset(location)
                        .attribute("transformation_type")
                        .isEqualTo("translation"));
    }
}
