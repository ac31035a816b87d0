package selftests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lib.compose.ComposeSettings;
import lib.kafka.KafkaLimits;
import lib.writers.WriterSetup;
import org.junit.jupiter.api.Test;

/** The compose files agree with the embedded broker's limits and the harness's writer command line (no Docker). */
class ComposeFilesTest {
    private static final Pattern SETTING = Pattern.compile("^\\s+(KAFKA_[A-Z_]+): (.+)$", Pattern.MULTILINE);

    private static String read(String file) throws IOException {
        return Files.readString(ComposeFixtures.repoRoot().resolve(file));
    }

    private static Map<String, String> kafkaSettings() throws IOException {
        Map<String, String> settings = new HashMap<>();
        Matcher matcher = SETTING.matcher(read("compose/kafka.yml"));
        while (matcher.find()) {
            settings.put(matcher.group(1), matcher.group(2).replace("\"", "").strip());
        }
        return settings;
    }

    @Test
    void kafka_has_the_limits_of_the_embedded_broker() throws IOException {
        assertThat(kafkaSettings())
                .containsEntry("KAFKA_MESSAGE_MAX_BYTES", "" + KafkaLimits.MAX_MESSAGE_BYTES)
                .containsEntry("KAFKA_SOCKET_REQUEST_MAX_BYTES", "" + KafkaLimits.MAX_REQUEST_BYTES)
                .containsEntry("KAFKA_FETCH_MAX_BYTES", "" + KafkaLimits.MAX_REQUEST_BYTES)
                .containsEntry("KAFKA_REPLICA_FETCH_MAX_BYTES", "" + KafkaLimits.MAX_REQUEST_BYTES)
                .containsEntry("KAFKA_REPLICA_FETCH_RESPONSE_MAX_BYTES", "" + KafkaLimits.MAX_REQUEST_BYTES)
                .containsEntry("KAFKA_LOG_RETENTION_MS", "-1")
                .containsEntry("KAFKA_LOG_RETENTION_BYTES", "-1")
                .containsEntry("KAFKA_LOG_MESSAGE_TIMESTAMP_BEFORE_MAX_MS", "" + Long.MAX_VALUE)
                .containsEntry("KAFKA_LOG_MESSAGE_TIMESTAMP_AFTER_MAX_MS", "" + Long.MAX_VALUE)
                .containsEntry("KAFKA_NUM_PARTITIONS", "1")
                .containsEntry("KAFKA_DEFAULT_REPLICATION_FACTOR", "1");
    }

    @Test
    void kafka_defaults_to_the_official_image() throws IOException {
        assertThat(read("compose/kafka.yml")).contains("image: ${KAFKA_IMAGE:-" + ComposeSettings.OFFICIAL_IMAGE + "}");
    }

    @Test
    void writers_use_the_current_profile_topics_and_the_harness_status_interval() throws IOException {
        Path ini = ComposeFixtures.repoRoot().resolve("config-files/file_writer_config_current.ini");
        Map<String, String> current = new HashMap<>();
        for (String line : Files.readAllLines(ini)) {
            String[] pair = line.split("=", 2);
            if (pair.length == 2) {
                current.put(pair[0].strip(), pair[1].strip());
            }
        }
        String writers = read("compose/writers.yml");

        for (String writer : new String[] {"filewriter_1", "filewriter_2"}) {
            assertThat(writers)
                    .contains("--job-pool-topic, " + current.get("job-pool-topic") + ",")
                    .contains("--command-status-topic, " + current.get("command-status-topic") + ", --service-name, "
                            + writer + ",")
                    .contains("--status-master-interval, " + WriterSetup.STATUS_INTERVAL + ",");
        }
    }
}
