package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

import java.time.Instant;
import lib.fixtures.Era;
import lib.fixtures.JobFiles;
import lib.fixtures.Jobs;
import lib.fixtures.Modules;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.nexus.NexusFile;
import lib.wire.Profile;
import org.junit.jupiter.api.Test;

@SystemTest
@Era(value = Profile.CURRENT, reason = "the 2022 writer has no mdat module")
@Modules("mdat")
class test_mdat_functionality {
    private static final String FILE = "output_file_mdat.nxs";
    private static final Instant START = Instant.parse("2023-07-07T00:00:00Z");

    /** E12 in its current form (decisions B2): mdat writes the job's start and stop as ISO 8601 UTC strings. */
    @Test
    void test_mdat(JobFiles jobFiles, Jobs jobs, @Structure("nexus_structure_mdat.json") String structure) {
        NexusFile file = jobFiles.writtenBy(jobs.eSuite(FILE, structure, START, START.plusSeconds(10)));

        assertAll(
                () -> assertThat(file)
                        .dataset("entry/myFWStuff/start_time")
                        .isScalar()
                        .hasValues("2023-07-07T00:00:00.000Z"),
                () -> assertThat(file)
                        .dataset("entry/myFWStuff/end_time")
                        .isScalar()
                        .hasValues("2023-07-07T00:00:10.000Z"));
    }
}
