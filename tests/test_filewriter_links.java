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
class test_filewriter_links {
    private static final String FILE = "output_file_links.nxs";
    private static final String MONITOR = "entry/instrument/monitor1/";

    /** D5 (both eras): links to datasets and groups, absolute and relative, placed before their targets. */
    @Test
    void test_links(
            JobFiles jobFiles,
            Jobs jobs,
            RunSettings run,
            @Now Instant now,
            @Structure("nexus_structure_links.json") String structure) {
        // Instead of "not in SWMR mode" (decisions B5): the job is DONE (its wrdn came), the writer closed the file
        // and it reads back.
        NexusFile file = jobFiles.writtenBy(jobs.dSuite(FILE, structure, now.minusSeconds(10), now));
        String linkedLocation = "entry/link_to_monitor1_transform/location";
        assertAll(
                () -> assertThat(file)
                        .dataset("entry/link_to_features")
                        .first()
                        .isEqualTo(uint64("10138143369737381149")),
                () -> assertThat(file)
                        .dataset("entry/instrument/link2_to_features")
                        .first()
                        .isEqualTo(uint64("10138143369737381149")),
                () -> assertThat(file)
                        .dataset("entry/instrument/link_to_monitor1_det_id")
                        .hasShape(WriterForms.staticScalarShape(run))
                        .hasValues(11),
                () -> assertThat(file)
                        .dataset(linkedLocation)
                        .attribute("vector")
                        .hasValuesCloseTo(within(1e-9), 0, 0, -1),
                () -> assertThat(file)
                        .dataset(linkedLocation)
                        .attribute("transformation_type")
                        .isEqualTo("translation"),
                () -> assertThat(file)
                        .hasHardLink("entry/link_to_features", "entry/features")
                        .hasHardLink("entry/instrument/link2_to_features", "entry/features")
                        .hasHardLink("entry/instrument/link_to_monitor1_det_id", MONITOR + "detector_id")
                        .hasHardLink("entry/link_to_monitor1_transform", MONITOR + "transformations"));
    }
}
