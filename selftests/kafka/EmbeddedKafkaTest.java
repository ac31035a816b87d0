package selftests.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
        assertThat(process.map(ProcessHandle::isAlive)).as("broker JVM %d alive after close", pid)
                .isIn(Optional.empty(), Optional.of(false));
        assertThat(Files.exists(storage)).as("storage folder %s exists after close", storage).isFalse();
        assertThat(brokerLog).content().contains("Kafka Server started");
    }
}
