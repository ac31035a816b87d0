package selftests.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.HostConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import lib.fixtures.SelfTestKafka;
import lib.images.DockerEngine;
import lib.images.Labels;
import lib.images.Recipe;
import lib.images.Recipes;
import lib.kafka.ConfirmingProducer;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import lib.kafka.Topics;
import lib.wire.FinishedWriting;
import lib.wire.Identifier;
import lib.wire.RunStart;
import lib.wire.Status;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.common.TopicPartition;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default recipe's image, built with {@code ./jbang build_image.java} as a user builds it (from a snapshot of the
 * writer's files): a no-op build is quick, and a container from the image (host network, offline) joins a job pool
 * and writes a file.
 */
@RequiresDocker
@ExtendWith(SelfTestKafka.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImageBuildReferenceWriterTest {
    private static final String IMAGE = "fw-system-tests/reference-writer:latest";
    private static final String POOL_GROUP = "kafka-to-nexus-worker-pool";

    /** A copy of the files the recipe lists, so that edits in the repository during the run change nothing here. */
    @TempDir
    static Path snapshot;

    @BeforeAll
    static void snapshotTheWritersSources() {
        Path repo = ImageFixtures.repoRoot();
        Recipe recipe = Recipes.resolve(repo, Recipes.DEFAULT);
        for (Recipe.FilePattern listed : Stream.concat(recipe.dependencyFiles().stream(), recipe.sourceFiles().stream())
                .toList()) {
            ImageFixtures.copyTree(repo.resolve(listed.path()), snapshot.resolve(listed.path()));
        }
    }

    @Test
    @Order(1)
    void theDefaultRecipeBuildsTheImage() {
        BuildImageScript.Outcome outcome =
                BuildImageScript.run(Map.of(), Duration.ofMinutes(20), "--source", snapshot.toString());
        assertThat(outcome.exitCode())
                .as("exit code; stderr: %s", outcome.err())
                .isZero();
        assertThat(outcome.out()).containsPattern("image " + IMAGE + ": (built|up to date), id [0-9a-f]{12}, ");
    }

    @Test
    @Order(2)
    void aBuildWithNoChangeBuildsNothingInUnderTenSeconds() {
        BuildImageScript.Outcome outcome = BuildImageScript.run("--source", snapshot.toString());
        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.out())
                .contains(
                        "dependency step: kept (",
                        "build step: kept (",
                        "commit: kept (image " + IMAGE + " is up to date)");
        assertThat(outcome.elapsed())
                .as("the whole ./jbang build_image.java run")
                .isLessThan(Duration.ofSeconds(10));
    }

    @Test
    @Order(3)
    void theImageRunsTheWriterWithTheContainersArguments() {
        try (DockerEngine docker = DockerEngine.connect()) {
            TestImages.Run help = TestImages.run(docker, IMAGE, "--help");
            assertThat(help.exitCode()).isZero();
            assertThat(help.output()).startsWith("Usage: file_writer ").contains("--job-pool-topic=TOPIC");
        }
    }

    @Test
    @Order(4)
    void aContainerJoinsThePoolAndWritesAFile(Kafka kafka, @TempDir Path output) throws IOException {
        String run = UUID.randomUUID().toString().substring(0, 8);
        String pool = "image_pool_" + run;
        String commands = "image_commands_" + run;
        String control = "image_control_" + run;
        Topics.create(kafka, List.of(pool, commands, control));
        String user = Files.getAttribute(Path.of("/proc/self"), "unix:uid") + ":"
                + Files.getAttribute(Path.of("/proc/self"), "unix:gid");
        try (DockerEngine docker = DockerEngine.connect();
                TopicReader statuses = TopicReader.fromBeginning(kafka, commands);
                TopicReader controlLog = TopicReader.fromBeginning(kafka, control);
                ConfirmingProducer producer = ConfirmingProducer.connect(kafka)) {
            String container = docker.client()
                    .createContainerCmd(IMAGE)
                    .withName("fw-system-tests-selftest-writer-" + run)
                    .withUser(user)
                    .withLabels(Map.of(Labels.PROJECT, "true", Labels.ROLE, "selftest"))
                    .withCmd(
                            "--brokers",
                            kafka.bootstrapServers(),
                            "--job-pool-topic",
                            pool,
                            "--command-status-topic",
                            commands,
                            "--service-name",
                            "image_writer",
                            "--hdf-output-prefix",
                            "/output",
                            "--status-master-interval",
                            "1s")
                    .withHostConfig(HostConfig.newHostConfig()
                            .withNetworkMode("host")
                            .withBinds(Bind.parse(output + ":/output")))
                    .exec()
                    .getId();
            long started = System.nanoTime();
            try {
                docker.client().startContainerCmd(container).exec();
                statuses.awaitRecord(
                        "an x5f2 of the container's writer",
                        record -> Identifier.has(record.value(), Status.IDENTIFIER)
                                && Status.parse(record.value()).serviceId().startsWith("image_writer"),
                        Duration.ofSeconds(60));
                awaitPoolListened(kafka, pool);
                System.out.printf(
                        "[measured] writer container: start to pool member %d ms%n",
                        (System.nanoTime() - started) / 1_000_000);

                String job = UUID.randomUUID().toString();
                Instant now = Instant.now();
                producer.send(
                        pool,
                        RunStart.builder()
                                .jobId(job)
                                .filename("from-the-image.nxs")
                                .broker(kafka.bootstrapServers())
                                .structure("{\"children\": [{\"type\": \"group\", \"name\": \"entry\", \"children\":"
                                        + " []}]}")
                                .controlTopic(control)
                                .metadata("{}")
                                .start(now.minusSeconds(10))
                                .stop(now.minusSeconds(5))
                                .build()
                                .toBytes());
                FinishedWriting done = FinishedWriting.parse(controlLog
                        .awaitRecord(
                                "the job's wrdn",
                                record -> Identifier.has(record.value(), FinishedWriting.IDENTIFIER)
                                        && FinishedWriting.parse(record.value())
                                                .jobId()
                                                .equals(job),
                                Duration.ofSeconds(60))
                        .value());
                assertThat(done.errorEncountered())
                        .as("wrdn error; message %s", done.message())
                        .isFalse();
                assertThat(done.fileName()).isEqualTo("/output/from-the-image.nxs");
                Path file = output.resolve("from-the-image.nxs");
                Awaitility.await("the file closed by the writer in the container")
                        .atMost(Duration.ofSeconds(10))
                        .until(() -> Files.isRegularFile(file) && Files.size(file) > 8);
                try (InputStream in = Files.newInputStream(file)) {
                    assertThat(in.readNBytes(8)).as("HDF5 signature").startsWith(0x89, 'H', 'D', 'F');
                }
            } catch (RuntimeException | AssertionError e) {
                System.out.println("writer container log:\n" + TestImages.logs(docker, container));
                throw e;
            } finally {
                docker.client().stopContainerCmd(container).withTimeout(10).exec();
                docker.removeContainer(container);
            }
        }
    }

    /** The writer's pool consumer committed its starting point: a job sent now is seen (as WriterRig waits). */
    private static void awaitPoolListened(Kafka kafka, String pool) {
        TopicPartition partition = new TopicPartition(pool, 0);
        try (Admin admin = Topics.admin(kafka)) {
            Awaitility.await("the container's writer listening to pool " + pool)
                    .atMost(Duration.ofSeconds(60))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> admin.listConsumerGroupOffsets(POOL_GROUP)
                                    .partitionsToOffsetAndMetadata()
                                    .get(5, TimeUnit.SECONDS)
                                    .get(partition)
                            != null);
        }
    }
}
