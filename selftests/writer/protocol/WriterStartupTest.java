package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.wire.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The writer starts, announces itself with x5f2 heartbeats while idle, and refuses bad configuration. */
@ExtendWith(SelfTestKafka.class)
class WriterStartupTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @ParameterizedTest(name = "profile {0}")
    @ValueSource(strings = {"current", "2022"})
    void heartbeatsWhileIdleFromStartup(String profile, Kafka kafka, @TempDir Path folder) throws IOException {
        try (WriterRig rig = WriterRig.create(kafka, profile, folder);
                TopicLog commands = TopicLog.fromEnd(kafka, rig.commands)) {
            WriterProcess.buildOnce();
            long started = System.nanoTime();
            WriterProcess writer = rig.startWriter("idle_" + profile);
            Status first = commands.awaitStatus("the first heartbeat", status -> true);
            long startupMillis = (System.nanoTime() - started) / 1_000_000;
            System.out.println(
                    "[measured] profile " + profile + ": writer start to first heartbeat " + startupMillis + " ms");

            assertThat(first.softwareName()).isEqualTo("kafka-to-nexus");
            assertThat(first.serviceId()).matches("idle_" + profile + "-pid:" + first.processId() + "-[0-9a-f]{4}");
            assertThat(first.updateInterval()).isEqualTo(WriterRig.STATUS_INTERVAL);
            JsonNode status = JSON.readTree(first.statusJson());
            assertThat(status.get("state").asText()).isEqualTo("idle");
            assertThat(status.get("job_id").asText()).isEqualTo("not_currently_writing");
            assertThat(status.get("file_being_written").asText()).isEmpty();
            assertThat(status.get("start_time").asLong()).isZero();
            assertThat(status.get("stop_time").asLong()).isZero();
            assertThat(status.has("extra")).as("status 'extra'").isEqualTo("2022".equals(profile));

            List<Status> heartbeats = commands.collectFor(Duration.ofMillis(3_500)).stream()
                    .map(TopicLog.Seen::message)
                    .filter(Status.class::isInstance)
                    .map(Status.class::cast)
                    .toList();
            assertThat(heartbeats)
                    .as("heartbeats within 3.5 s at a 1 s interval")
                    .hasSizeBetween(3, 6)
                    .allMatch(heartbeat -> heartbeat.serviceId().equals(first.serviceId()));
            assertThat(writer.alive()).isTrue();
            assertThat(writer.terminate()).as("exit status after SIGTERM").isIn(0, 143);
        }
    }

    @Test
    void exitsWithStatusZeroWhenThePoolTopicIsMissing(Kafka kafka, @TempDir Path folder) {
        try (WriterRig rig = WriterRig.create(kafka, "current", folder)) {
            WriterProcess writer = WriterProcess.start(
                    folder,
                    WriterRig.logFile(folder, "missing_topic"),
                    List.of(
                            "--brokers",
                            kafka.bootstrapServers(),
                            "--job-pool-topic",
                            "no_such_pool_topic",
                            "--command-status-topic",
                            rig.commands));
            assertThat(writer.awaitExit(Duration.ofSeconds(30))).isZero();
            assertThat(writer.log()).contains("Unable to find job pool topic with name \"no_such_pool_topic\".");
        }
    }

    @Test
    void exitsWithStatusZeroWhenTheCommandTopicIsMissing(Kafka kafka, @TempDir Path folder) {
        try (WriterRig rig = WriterRig.create(kafka, "current", folder)) {
            WriterProcess writer = WriterProcess.start(
                    folder,
                    WriterRig.logFile(folder, "missing_topic"),
                    List.of(
                            "--brokers",
                            kafka.bootstrapServers(),
                            "--job-pool-topic",
                            rig.pool,
                            "--command-status-topic",
                            "no_such_command_topic"));
            assertThat(writer.awaitExit(Duration.ofSeconds(30))).isZero();
            assertThat(writer.log()).contains("Unable to find command topic with name \"no_such_command_topic\".");
        }
    }
}
