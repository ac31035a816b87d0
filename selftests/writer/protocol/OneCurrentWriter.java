package selftests.writer.protocol;

import java.nio.file.Path;
import java.time.Duration;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The frame of scenarios that share one reference writer of the current profile for a whole class: the class's
 * {@code @BeforeAll} calls {@link #startTheWriter}; the writer is stopped after the class, and its log is printed
 * when a test fails.
 */
@ExtendWith(SelfTestKafka.class)
abstract class OneCurrentWriter {
    @TempDir
    static Path folder;

    static WriterRig rig;

    @RegisterExtension
    final PrintWriterLogsOnFailure printLogs = new PrintWriterLogsOnFailure(() -> rig);

    /** Starts the class's writer as {@code serviceName} with {@code options} and waits until it listens to the pool. */
    static void startTheWriter(Kafka kafka, String serviceName, String... options) {
        rig = WriterRig.create(kafka, "current", folder);
        rig.startWriter(serviceName, options);
        rig.awaitPoolListened(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopTheWriter() {
        rig.close();
    }
}
