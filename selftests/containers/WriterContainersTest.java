package selftests.containers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.security.auth.module.UnixSystem;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lib.containers.WriterContainer;
import lib.containers.WriterContainers;
import lib.control.WorkerPool;
import lib.control.WorkerPoolSettings;
import lib.control.WriteJob;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.nexus.NexusFile;
import lib.writers.WriterSetup;
import lib.writers.WriterStartException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selftests.images.RequiresDocker;

/** The run's writers as containers of the reference-writer image, against the real daemon and an embedded broker. */
@RequiresDocker(image = TestRun.IMAGE)
@ExtendWith({SelfTestKafka.class, ContainerRuns.class})
class WriterContainersTest {
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());
    private static final String STATIC_ONLY =
            "{\"children\": [{\"module\": \"dataset\", \"config\": {\"name\": \"n\", \"values\": 1}}]}";
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(30);

    @Test
    void twoContainersBecomeReadyAndOneWritesAFileTheTestsUserOwns(Kafka kafka, TestRun run) throws Exception {
        WriterSetup setup = run.setup(kafka, 2, false);
        try (WriterContainers writers = WriterContainers.start(TestRun.IMAGE, kafka, setup, run.id(), QUIET)) {
            String first = "fwst-" + run.id() + "-writer-1";
            String second = "fwst-" + run.id() + "-writer-2";
            assertThat(writers.containers()).extracting(WriterContainer::name).containsExactly(first, second);
            assertThat(run.containers()).containsExactlyInAnyOrder(first, second);
            assertThat(writers.containers()).allMatch(WriterContainer::isAlive);

            Instant start = Instant.now();
            WriteJob job = WriteJob.of("from-a-container.nxs", STATIC_ONLY, start, start.plusSeconds(1))
                    .with(pl72 -> pl72.controlTopic(setup.commandTopic()));
            try (WorkerPool pool =
                    WorkerPool.open(kafka, WorkerPoolSettings.of(setup.poolTopic(), setup.commandTopic()))) {
                pool.start(job, JOB_TIMEOUT).awaitDone(JOB_TIMEOUT);
            }
            Path file = run.outputFolder().resolve("from-a-container.nxs");
            try (NexusFile nexus = NexusFile.open(file)) {
                assertThat(nexus.dataset("n")).as("the job's dataset").isPresent();
            }
            assertThat(Files.getAttribute(file, "unix:uid"))
                    .as("owner of the file")
                    .isEqualTo((int) new UnixSystem().getUid());
            assertThat(file).isReadable();
            for (WriterContainer container : writers.containers()) {
                assertThat(run.logFolder().resolve("writer-" + container.index() + ".log"))
                        .as("the container's output")
                        .content()
                        .contains(container.serviceName());
            }
        }
        assertThat(run.containers()).as("containers of the run after close").isEmpty();
    }

    @Test
    void aFailingTestBodyStillLeavesNoContainer(Kafka kafka, TestRun run) {
        WriterSetup setup = run.setup(kafka, 1, false);
        assertThatThrownBy(() -> {
                    try (WriterContainers writers =
                            WriterContainers.start(TestRun.IMAGE, kafka, setup, run.id(), QUIET)) {
                        assertThat(run.containers()).hasSize(1);
                        throw new IllegalStateException("the test body fails");
                    }
                })
                .hasMessage("the test body fails");
        assertThat(run.containers()).isEmpty();
    }

    @Test
    void closingTwiceIsHarmless(Kafka kafka, TestRun run) {
        WriterContainers writers =
                WriterContainers.start(TestRun.IMAGE, kafka, run.setup(kafka, 1, false), run.id(), QUIET);
        writers.close();
        writers.close();
        assertThat(run.containers()).isEmpty();
    }

    @Test
    void aContainerThatExitsBeforeItIsReadyFailsTheStartNamingIt(Kafka kafka, TestRun run) {
        // A broker address Kafka's client cannot parse: the writer exits at once with status 1.
        WriterSetup good = run.setup(kafka, 1, false);
        WriterSetup setup = new WriterSetup(
                good.profile(),
                "bad host:x",
                good.poolTopic(),
                good.commandTopic(),
                good.outputFolder(),
                good.logFolder(),
                1,
                false,
                null);
        assertThatThrownBy(() -> WriterContainers.start(TestRun.IMAGE, kafka, setup, run.id(), QUIET))
                .isInstanceOf(WriterStartException.class)
                .hasMessageStartingWith(
                        "writer 1 (container fwst-" + run.id() + "-writer-1) exited with status 1 before it"
                                + " was ready; its last lines below say why (all of them: "
                                + run.logFolder().resolve("writer-1.log") + "):\n")
                .hasMessageContaining("Failed to construct kafka consumer");
        assertThat(run.containers()).isEmpty();
    }

    @Test
    void anAbsentImageIsOneLineNamingTheImageBuild(Kafka kafka, TestRun run) {
        String absent = "fw-system-tests/selftest-no-such-writer:none";
        assertThatThrownBy(() -> WriterContainers.start(absent, kafka, run.setup(kafka, 1, false), run.id(), QUIET))
                .isInstanceOf(WriterStartException.class)
                .hasMessage("--image " + absent + ": Docker has no such image; build it with ./jbang build_image.java"
                        + " --image " + absent + " (with --recipe kafka-to-nexus --source DIR for kafka-to-nexus)");
        assertThat(run.containers()).isEmpty();
    }

    @Test
    void syslogLinesOfAContainerGoToItsWriterLog(Kafka kafka, TestRun run) {
        Path socket = run.logFolder().resolve("writer-1.syslog.socket");
        try (WriterContainers writers =
                WriterContainers.start(TestRun.IMAGE, kafka, run.setup(kafka, 1, true), run.id(), QUIET)) {
            assertThat(socket).exists();
            String name = writers.containers().get(0).name();
            assertThat(ContainerExec.run(name, List.of("logger", "-t", "kafka-to-nexus", "a line through syslog")))
                    .isZero();
            Awaitility.await("the syslog line in writer-1.log")
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(run.logFolder().resolve("writer-1.log"))
                            .content()
                            .contains("a line through syslog"));
        }
        assertThat(socket).as("removed with its container").doesNotExist();
    }
}
