package tests;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import lib.control.JobStatus;
import lib.control.WorkerPool;
import lib.control.WriteJob;
import lib.fixtures.Jobs;
import lib.fixtures.Now;
import lib.fixtures.RunSettings;
import lib.fixtures.Structure;
import lib.fixtures.SystemTest;
import org.junit.jupiter.api.Test;

@SystemTest
class test_filewriter_kafka_meta_data {
    private static final String FILE = "output_file_kafka_meta_data.nxs";
    private static final String E15_METADATA = "{\"data\": 12345, \"more_data\": 23456}";

    /**
     * D4 under 2022: the wrdn metadata holds the status extras and the structure sent. E15 under current (decisions
     * B1): the wrdn metadata is the run start's metadata.
     */
    @Test
    void test_end_message_metadata(
            WorkerPool pool,
            Jobs jobs,
            RunSettings run,
            @Now Instant now,
            @Structure("nexus_structure_static.json") String structure)
            throws JsonProcessingException {
        WriteJob job = run.is2022()
                ? jobs.dSuite(FILE, structure, now.minusSeconds(10), now)
                : jobs.eSuite(FILE, structure, now.minusSeconds(10), now).with(pl72 -> pl72.metadata(E15_METADATA));
        pool.waitIdle(1, Duration.ofSeconds(20));
        pool.start(job, Duration.ofSeconds(20));
        pool.waitNoneWriting(Duration.ofSeconds(30));

        JobStatus finished = pool.job(job.jobId()).orElseThrow(() -> new AssertionError("Unable to find current job."));
        JsonNode metadata = finished.metadata();
        if (run.is2022()) {
            assertThat(metadata.has("extra"))
                    .as("wrdn metadata %s has key extra", metadata)
                    .isTrue();
            assertThat(metadata.path("hdf_structure").asText())
                    .as("wrdn metadata's hdf_structure")
                    .isEqualTo(structure);
        } else {
            assertThat(metadata).as("wrdn metadata").isEqualTo(new ObjectMapper().readTree(E15_METADATA));
        }
    }
}
