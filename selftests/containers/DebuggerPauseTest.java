package selftests.containers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import lib.containers.WriterContainer;
import lib.containers.WriterContainers;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import selftests.images.RequiresDocker;

/** {@code --wait-to-attach-debugger} with containers: the writer stops until Enter, then runs on. */
@RequiresDocker(image = TestRun.IMAGE)
@ExtendWith({SelfTestKafka.class, ContainerRuns.class})
class DebuggerPauseTest {
    private static final Duration SIGNAL_DELIVERY = Duration.ofSeconds(10);

    @Test
    void theWriterIsStoppedUntilEnterAndThenRuns(Kafka kafka, TestRun run) throws Exception {
        ByteArrayOutputStream said = new ByteArrayOutputStream();
        PrintStream progress = new PrintStream(said, true, StandardCharsets.UTF_8);
        try (WriterContainers writers =
                        WriterContainers.start(TestRun.IMAGE, kafka, run.setup(kafka, 1, false), run.id(), progress);
                PipedOutputStream keyboard = new PipedOutputStream();
                PipedInputStream console = new PipedInputStream(keyboard)) {
            WriterContainer container = writers.containers().get(0);
            long pid = container.hostPid().orElseThrow();
            CompletableFuture<Void> pause = CompletableFuture.runAsync(() -> writers.waitForDebugger(console));

            Awaitility.await("the writer stopped (state T)")
                    .atMost(SIGNAL_DELIVERY)
                    .until(() -> TestRun.processState(pid).equals("T"));
            Awaitility.await("the prompt").atMost(SIGNAL_DELIVERY).until(() -> said.toString(StandardCharsets.UTF_8)
                    .contains("press Enter"));
            assertThat(said.toString(StandardCharsets.UTF_8))
                    .contains(container.name() + " (host PID " + pid + ") is stopped")
                    .contains("gdb -p " + pid)
                    .contains("docker exec -it " + container.name());
            assertThat(pause).as("waiting for Enter").isNotDone();

            keyboard.write('\n');
            keyboard.flush();
            pause.get(SIGNAL_DELIVERY.toSeconds(), TimeUnit.SECONDS);
            Awaitility.await("the writer running again").atMost(SIGNAL_DELIVERY).until(() -> !TestRun.processState(pid)
                    .equals("T"));
            assertThat(container.isAlive()).isTrue();
        }
        assertThat(run.containers()).isEmpty();
    }
}
