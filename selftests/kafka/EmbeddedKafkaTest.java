package selftests.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import lib.kafka.EmbeddedKafka;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedKafkaTest {

    @Test
    void startsAndLeavesNoProcessOrFolderBehind(@TempDir Path logs) {
        long pid;
        Path storage;
        Path brokerLog = logs.resolve("broker.log");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(brokerLog)) {
            pid = kafka.pid();
            storage = kafka.storageFolder();
            assertThat(kafka.bootstrapServers()).matches("127\\.0\\.0\\.1:\\d+");
            assertThat(ProcessHandle.of(pid)).isPresent();
            assertThat(storage).isDirectory();
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid);
        assertThat(process.map(ProcessHandle::isAlive))
                .as("broker JVM %d alive after close", pid)
                .isIn(Optional.empty(), Optional.of(false));
        assertThat(Files.exists(storage))
                .as("storage folder %s exists after close", storage)
                .isFalse();
        assertThat(brokerLog).content().contains("Kafka Server started");
    }

    @Test
    void theBrokerDoesNotOutliveAKilledParent(@TempDir Path logs) throws Exception {
        String classpath = System.getProperty("java.class.path") + ":"
                + Path.of(BrokerParent.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI());
        Process parent = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        classpath,
                        BrokerParent.class.getName(),
                        logs.resolve("broker.log").toString())
                .redirectError(logs.resolve("parent.log").toFile())
                .start();
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(parent.getInputStream(), StandardCharsets.UTF_8))) {
            String line = lines.readLine();
            while (line != null && !line.startsWith("BROKER ")) {
                line = lines.readLine();
            }
            assertThat(line).as("the parent's report of its broker").isNotNull();
            String[] started = line.split(" ");
            ProcessHandle broker = ProcessHandle.of(Long.parseLong(started[1])).orElseThrow();
            Path storage = Path.of(started[2]);

            parent.destroyForcibly(); // SIGKILL: no shutdown hook runs in the parent

            broker.onExit().get(60, TimeUnit.SECONDS);
            assertThat(storage)
                    .as("storage of a broker whose parent was killed")
                    .doesNotExist();
        } finally {
            parent.destroyForcibly();
        }
    }
}
