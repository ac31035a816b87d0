package selftests.teardown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import lib.kafka.EmbeddedKafka;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A broker that dies during a test ends the run with one line saying so and a non-zero exit, within seconds rather
 * than after a cascade of timeouts: the embedded broker killed (SIGKILL), and an external one that stops answering
 * (started by this test, and killed). The test's job lasts 10 s, and the broker dies when the writer starts it, so
 * the test still waits for the job's end when the run notices: at once for the embedded broker, whose exit the
 * runner sees, after {@code BrokerWatch.SILENCE} (6 s) for an external one.
 */
class BrokerDeathTest {
    /** The watch notices within seconds; the writer's teardown may take its 10 s stop deadline. */
    private static final Duration QUICK_END = Duration.ofSeconds(60);

    private static final String TEST = "test_start_and_stop_in_same_message";

    @TempDir
    Path logs;

    @TempDir
    Path outputs;

    private KilledRun run;

    @AfterEach
    void leaveNothing() throws Exception {
        if (run != null) {
            run.destroy();
        }
    }

    @Test
    void anEmbeddedBrokerThatDiesStopsTheRunWithOneLine() throws Exception {
        run = KilledRun.start(outputs.resolve("run.out"), Map.of(), arguments());
        run.awaitInRunFolder("writer-1.log", "Started write job");
        long broker = Long.parseLong(
                Files.readString(run.runFolder().resolve("brokers.pids")).split(" ")[0]);

        long killed = System.nanoTime();
        ProcessHandle.of(broker).orElseThrow().destroyForcibly();

        assertStoppedWithOneLine("embedded", killed);
    }

    @Test
    void anExternalBrokerThatStopsAnsweringStopsTheRunWithOneLine() throws Exception {
        EmbeddedKafka external = EmbeddedKafka.start(outputs.resolve("external-broker.log"));
        try {
            run = KilledRun.start(
                    outputs.resolve("run.out"), Map.of(), arguments("--kafka", external.bootstrapServers()));
            run.awaitInRunFolder("writer-1.log", "Started write job");

            long killed = System.nanoTime();
            ProcessHandle.of(external.pid()).orElseThrow().destroyForcibly();

            assertStoppedWithOneLine("external at " + external.bootstrapServers(), killed);
        } finally {
            external.close();
        }
    }

    private String[] arguments(String... more) {
        String[] common = {"-k", TEST, "--writers", "1", "--logs", logs.toString()};
        String[] all = new String[common.length + more.length];
        System.arraycopy(common, 0, all, 0, common.length);
        System.arraycopy(more, 0, all, common.length, more.length);
        return all;
    }

    private void assertStoppedWithOneLine(String broker, long diedAt) throws Exception {
        Path folder = run.runFolder();
        assertThat(run.awaitEnd()).as("exit status; output:%n%s", run.output()).isEqualTo(1);
        assertThat(Duration.ofNanos(System.nanoTime() - diedAt))
                .as("time from the broker's end to the run's; output:%n%s", run.output())
                .isLessThan(QUICK_END);
        assertThat(run.lines())
                .as("the run's output")
                .last()
                .isEqualTo("the Kafka broker (" + broker + ") stopped answering during " + TEST
                        + "; run stopped after 1 test: 0 passed, 0 failed; nothing left running");
        assertThat(run.lines()).noneMatch(line -> line.contains("Timed out") || line.matches("\\s+at .*"));
        assertThat(run.leftovers(folder)).as("left by the run").isEmpty();
    }
}
