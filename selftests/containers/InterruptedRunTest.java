package selftests.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.writers.WriterSetup;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selftests.images.RequiresDocker;

/** A run stopped by SIGTERM (Ctrl-C, a CI timeout) removes its writer containers in its shutdown hook. */
@RequiresDocker(image = TestRun.IMAGE)
@ExtendWith({SelfTestKafka.class, ContainerRuns.class})
class InterruptedRunTest {

    @Test
    void aRunEndedBySigtermLeavesNoContainer(Kafka kafka, TestRun run) throws Exception {
        WriterSetup setup = run.setup(kafka, 1, false);
        Path output = run.logFolder().resolve("interrupted-run.out");
        Process harness = new ProcessBuilder(List.of(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path") + ":" + compiledSelfTests(),
                        InterruptedRun.class.getName(),
                        setup.bootstrapServers(),
                        setup.poolTopic(),
                        setup.commandTopic(),
                        setup.outputFolder().toString(),
                        setup.logFolder().toString(),
                        run.id()))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            Awaitility.await("the interrupted run's writer ready (or the run ended)")
                    .atMost(Duration.ofSeconds(120))
                    .until(() -> !harness.isAlive() || Files.readString(output).contains("ready"));
            assertThat(harness.isAlive())
                    .as("the run, which printed:\n" + Files.readString(output))
                    .isTrue();
            assertThat(run.containers()).hasSize(1);

            harness.destroy();
            assertThat(harness.waitFor(30, TimeUnit.SECONDS))
                    .as("the run ended")
                    .isTrue();
            assertThat(run.containers()).as("containers left by the run").isEmpty();
        } finally {
            harness.destroyForcibly();
        }
    }

    private static Path compiledSelfTests() throws Exception {
        return Path.of(InterruptedRun.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }
}
