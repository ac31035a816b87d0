package selftests.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lib.kafka.ConfirmingProducer;
import lib.kafka.ExternalKafka;
import lib.kafka.Kafka;
import lib.kafka.KafkaLimits;
import lib.kafka.TopicReader;
import lib.wire.Identifier;
import lib.wire.Status;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.common.config.ConfigResource;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import selftests.runner.RunnerProcess;

/**
 * {@code compose.java} as a user runs it, against the real daemon: one {@code up --with-writers} shared by the tests
 * in between, then {@code down}, with {@code status} before, during and after.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ComposeScriptTest extends ComposeTestBase {
    private static final int TEN_MB = 10 * 1024 * 1024;

    private final String project = ComposeFixtures.newProject();
    private final int port = FreePort.pick();

    @TempDir
    Path output;

    @Test
    @Order(1)
    void status_before_up_says_not_running() {
        RunnerProcess.Outcome status = ComposeFixtures.script("status", "--project", project);

        assertThat(status.exitCode()).as(status.output()).isEqualTo(3);
        assertThat(status.lines()).singleElement().asString().contains("project " + project + ": not running");
    }

    @Test
    @Order(2)
    void up_returns_once_kafka_answers_and_prints_the_address() {
        RunnerProcess.Outcome up = ComposeFixtures.script(
                "up",
                "--project",
                project,
                "--port",
                "" + port,
                "--controller-port",
                "" + FreePort.pick(),
                "--kafka-image",
                ComposeFixtures.KAFKA_IMAGE,
                "--with-writers",
                "--output",
                output.toString());

        assertThat(up.exitCode()).as(up.output()).isZero();
        assertThat(up.lines())
                .contains("bootstrap: 127.0.0.1:" + port)
                .contains("run the tests against it: ./jbang run_tests.java --kafka 127.0.0.1:" + port);
        assertThat(ComposeFixtures.containers(docker, project)).hasSize(4);
    }

    @Test
    @Order(3)
    void status_while_up_lists_the_containers_and_kafka_answers() {
        RunnerProcess.Outcome status = ComposeFixtures.script("status", "--project", project);

        assertThat(status.exitCode()).as(status.output()).isZero();
        assertThat(String.join("\n", status.lines()))
                .contains("kafka ", "topics ", "writer1 ", "writer2 ")
                .contains("Kafka answers at 127.0.0.1:" + port);
    }

    @Test
    @Order(4)
    void a_ten_megabyte_record_and_a_record_from_1970_go_through() {
        Kafka kafka = ExternalKafka.connect("127.0.0.1:" + port, Duration.ofSeconds(30));
        byte[] large = new byte[TEN_MB];
        Arrays.fill(large, (byte) 'k');
        String topic = "compose_selftest_round_trip";
        try (ConfirmingProducer producer = ConfirmingProducer.connect(kafka)) {
            producer.send(topic, large);
            producer.send(topic, "historical".getBytes(StandardCharsets.UTF_8), 1_000L);
        }
        Set<String> seen = new HashSet<>();
        try (TopicReader reader = TopicReader.fromBeginning(kafka, topic)) {
            reader.awaitRecord(
                    "the 10 MB record and the record of 1970",
                    r -> {
                        if (Arrays.equals(r.value(), large)) {
                            seen.add("10 MB");
                        }
                        if (r.timestamp() == 1_000L) {
                            seen.add("1970");
                        }
                        return seen.size() == 2;
                    },
                    Duration.ofSeconds(30));
        }
    }

    @Test
    @Order(5)
    void the_broker_has_the_limits_of_the_embedded_one() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + port))) {
            ConfigResource broker = new ConfigResource(ConfigResource.Type.BROKER, "1");
            Config config = admin.describeConfigs(List.of(broker)).all().get().get(broker);

            assertThat(config.get("message.max.bytes").value()).isEqualTo("" + KafkaLimits.MAX_MESSAGE_BYTES);
            assertThat(config.get("socket.request.max.bytes").value()).isEqualTo("" + KafkaLimits.MAX_REQUEST_BYTES);
            assertThat(config.get("replica.fetch.max.bytes").value()).isEqualTo("" + KafkaLimits.MAX_REQUEST_BYTES);
            assertThat(config.get("log.retention.ms").value()).isEqualTo("-1");
            assertThat(config.get("log.retention.bytes").value()).isEqualTo("-1");
            assertThat(config.get("log.message.timestamp.before.max.ms").value())
                    .isEqualTo("" + Long.MAX_VALUE);
            assertThat(config.get("num.partitions").value()).isEqualTo("1");
        }
    }

    @Test
    @Order(6)
    void both_writers_publish_their_status_as_the_output_folders_owner() throws Exception {
        Kafka kafka = ExternalKafka.connect("127.0.0.1:" + port, Duration.ofSeconds(30));
        try (TopicReader statuses = TopicReader.fromBeginning(kafka, "test_filewriter_status")) {
            for (String writer : List.of("filewriter_1", "filewriter_2")) {
                statuses.awaitRecord(
                        "a status message of " + writer,
                        r -> Identifier.has(r.value(), Status.IDENTIFIER)
                                && Status.parse(r.value()).serviceId().startsWith(writer + "-"),
                        Duration.ofSeconds(60));
            }
        }
        String owner = Files.getAttribute(output, "unix:uid") + ":" + Files.getAttribute(output, "unix:gid");
        assertThat(ComposeFixtures.containers(docker, project))
                .filteredOn(c -> c.getLabels().get("com.docker.compose.service").startsWith("writer"))
                .hasSize(2)
                .allSatisfy(c -> assertThat(docker.client()
                                .inspectContainerCmd(c.getId())
                                .exec()
                                .getConfig()
                                .getUser())
                        .isEqualTo(owner));
    }

    @Test
    @Order(7)
    void up_on_a_busy_port_says_so_in_one_line() {
        String other = ComposeFixtures.newProject();
        RunnerProcess.Outcome up = ComposeFixtures.script(
                "up", "--project", other, "--port", "" + port, "--kafka-image", ComposeFixtures.KAFKA_IMAGE);

        assertThat(up.exitCode()).isEqualTo(1);
        assertThat(up.lines())
                .singleElement()
                .asString()
                .isEqualTo("compose.java: port " + port + " is in use; choose another with --port PORT, or stop what"
                        + " listens there");
        assertThat(ComposeFixtures.containers(docker, other)).isEmpty();
    }

    @Test
    @Order(8)
    void up_without_a_compose_program_says_so_in_one_line(@TempDir Path bin) throws Exception {
        // A PATH with only what ./jbang needs: no docker (whose compose plugin would count), no docker-compose.
        launcher(bin.resolve("bash"), "/bin/bash");
        launcher(bin.resolve("java"), ProcessHandle.current().info().command().orElseThrow());
        String other = ComposeFixtures.newProject();
        RunnerProcess.Outcome up = ComposeFixtures.script(
                Map.of("PATH", bin.toString()), "up", "--project", other, "--port", "" + FreePort.pick());

        assertThat(up.exitCode()).as(up.output()).isEqualTo(1);
        assertThat(up.lines())
                .singleElement()
                .asString()
                .startsWith("compose.java: neither 'docker compose' (v2) nor 'docker-compose' (1.x) runs here;")
                .contains("apt-get install docker-compose");
    }

    private static void launcher(Path file, String target) throws IOException {
        Files.writeString(file, "#!/bin/sh\nexec " + target + " \"$@\"\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    @Order(9)
    void up_without_a_daemon_says_so_in_one_line() {
        RunnerProcess.Outcome up = ComposeFixtures.script(
                Map.of("DOCKER_HOST", "unix:///nonexistent/docker.sock"),
                "up",
                "--project",
                ComposeFixtures.newProject(),
                "--port",
                "" + FreePort.pick());

        assertThat(up.exitCode()).as(up.output()).isEqualTo(1);
        assertThat(up.lines())
                .singleElement()
                .asString()
                .startsWith("compose.java: no Docker daemon answers at unix:///nonexistent/docker.sock")
                .contains("start one");
    }

    @Test
    @Order(10)
    void down_saves_the_logs_and_leaves_no_container() {
        RunnerProcess.Outcome down = ComposeFixtures.script("down", "--project", project);

        assertThat(down.exitCode()).as(down.output()).isZero();
        assertThat(down.lines()).singleElement().asString().contains("removed 4 container(s)");
        assertThat(ComposeFixtures.containers(docker, project)).isEmpty();
        Path logs = ComposeFixtures.repoRoot().resolve("logs/compose").resolve(project);
        assertThat(logs.resolve("broker.log")).content().contains("Kafka Server started");
        assertThat(logs.resolve("writer1.log")).content().contains("filewriter_1");
    }

    @Test
    @Order(11)
    void status_after_down_says_not_running() {
        RunnerProcess.Outcome status = ComposeFixtures.script("status", "--project", project);

        assertThat(status.exitCode()).as(status.output()).isEqualTo(3);
    }
}
