package selftests.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import lib.compose.ComposeException;
import lib.compose.ComposeKafka;
import lib.compose.ComposeSettings;
import lib.kafka.ReadinessProbe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ComposeKafka}, the library part that run_tests.java's {@code --kafka compose} uses. */
class ComposeKafkaTest extends ComposeTestBase {
    @TempDir
    Path logs;

    private ComposeSettings settings(String project, String logName) {
        return ComposeSettings.withFreePorts(
                ComposeFixtures.repoRoot(), project, ComposeFixtures.KAFKA_IMAGE, logs.resolve(logName));
    }

    @Test
    void a_start_replaces_leftovers_and_close_saves_the_log_once() throws Exception {
        String project = ComposeFixtures.newProject();
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8);
        ComposeKafka earlier = ComposeKafka.start(settings(project, "earlier.log"), out);
        try (ComposeKafka kafka = ComposeKafka.start(settings(project, "broker.log"), out)) {
            assertThat(progress.toString(StandardCharsets.UTF_8))
                    .contains("project " + project + ": removing what an earlier run left");
            assertThat(ComposeFixtures.containers(docker, project)).hasSize(1);
            assertThat(kafka.bootstrapServers())
                    .isEqualTo("127.0.0.1:" + kafka.settings().port());
            ReadinessProbe.roundTrip(kafka.bootstrapServers(), Duration.ofSeconds(30));

            kafka.close();
            long saved = Files.size(logs.resolve("broker.log"));
            kafka.close();

            assertThat(ComposeFixtures.containers(docker, project)).isEmpty();
            assertThat(logs.resolve("broker.log")).content().contains("Kafka Server started");
            assertThat(Files.size(logs.resolve("broker.log"))).isEqualTo(saved);
        } finally {
            earlier.close();
        }
    }

    @Test
    void a_broker_that_does_not_answer_in_time_is_reported_with_its_log_and_removed() {
        String project = ComposeFixtures.newProject();
        ComposeSettings settings = settings(project, "slow.log").withReadyTimeout(Duration.ofSeconds(1));
        PrintStream quiet = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ComposeKafka.start(settings, quiet))
                .isInstanceOf(ComposeException.class)
                .hasMessageStartingWith("Kafka (" + ComposeFixtures.KAFKA_IMAGE + ", project " + project + ") did not"
                        + " answer at " + settings.bootstrapServers() + " within 1 s")
                .hasMessageContaining("\nthe last 20 lines of its log:\n  | ");
        assertThat(ComposeFixtures.containers(docker, project)).isEmpty();
        assertThat(logs.resolve("slow.log")).exists();
    }
}
