package tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import lib.control.WorkerPool;
import lib.control.WriteJob;
import lib.fixtures.Era;
import lib.fixtures.Jobs;
import lib.fixtures.Now;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import lib.wire.Profile;
import org.junit.jupiter.api.Test;

/**
 * D4 and its HEAD form E15 (decisions B1): what the wrdn's metadata holds. E15 keeps D4's name with what differs
 * added, as E14 keeps D7's, so {@code -k test_end_message_metadata} selects both.
 */
@SystemTest
class test_filewriter_kafka_meta_data {
    private static final String FILE = "output_file_kafka_meta_data.nxs";
    private static final String E15_METADATA = "{\"data\": 12345, \"more_data\": 23456}";

    /** D4 (2022): the wrdn metadata holds the status extras and the structure sent. */
    @Test
    @Era(value = Profile.P2022, reason = "the current writer's wrdn carries the run start's metadata (see E15)")
    void test_end_message_metadata(
            WorkerPool pool, Jobs jobs, @Now Instant now, @Structure("nexus_structure_static.json") String structure) {
        JsonNode metadata = pool.runToEnd(jobs.dSuite(FILE, structure, now.minusSeconds(10), now))
                .metadata();

        assertThat(metadata.has("extra"))
                .as("wrdn metadata %s has key extra", metadata)
                .isTrue();
        assertThat(metadata.path("hdf_structure").asText())
                .as("wrdn metadata's hdf_structure")
                .isEqualTo(structure);
    }

    /** E15 (current): the wrdn metadata is the run start's metadata. */
    @Test
    @Era(value = Profile.CURRENT, reason = "the 2022 writer's wrdn carries its status and the structure (see D4)")
    void test_end_message_metadata_with_run_start_metadata(
            WorkerPool pool, Jobs jobs, @Now Instant now, @Structure("nexus_structure_static.json") String structure)
            throws JsonProcessingException {
        WriteJob job =
                jobs.eSuite(FILE, structure, now.minusSeconds(10), now).with(pl72 -> pl72.metadata(E15_METADATA));

        assertThat(pool.runToEnd(job).metadata())
                .as("wrdn metadata")
                .isEqualTo(new ObjectMapper().readTree(E15_METADATA));
    }
}
