package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.nexus.NexusAssertions;
import lib.nexus.NexusFile;
import lib.wire.FinishedWriting;
import lib.wire.LogData;
import lib.wire.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM during a job that is reading data closes the file cleanly, reports the job as ended with an error and
 * ends the process promptly (issue 4).
 */
@ExtendWith(SelfTestKafka.class)
class ShutdownTest {
    /** From SIGTERM to the process's exit; the JVM's own start-up is not in it. */
    private static final Duration EXIT_BOUND = Duration.ofSeconds(3);

    @Test
    void sigtermDuringAJobClosesTheFileAndReportsAnError(Kafka kafka, @TempDir Path folder) {
        try (WriterRig rig = WriterRig.create(kafka, "current", folder)) {
            WriterProcess writer = rig.startWriter("shutdown");
            rig.awaitPoolListened(java.time.Duration.ofSeconds(30));
            String control = rig.newTopic("control");
            String data = rig.newTopic("motion");
            Instant now = Instant.now();
            rig.send(data, LogData.f144("axis", now, Value.ofDouble(1)).toBytes(), now);
            RunningJob job = RunningJob.start(
                    rig,
                    rig.job(control)
                            .structure("{\"children\":[{\"type\":\"group\","
                                           + "\"name\":\"entry\",\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"title\","
                                           + "\"values\":\"kept\",\"dtype\":\"string\"}},{\"module\":\"f144\",\"config\":{\"topic\":\""
                                    + data + "\",\"source\":\"axis\",\"dtype\":\"double\"}}]}]}"),
                    control);
            try {
                long sent = System.nanoTime();
                assertThat(writer.terminate()).as("exit status after SIGTERM").isIn(0, 143);
                assertThat(Duration.ofNanos(System.nanoTime() - sent))
                        .as("time from SIGTERM to exit")
                        .isLessThan(EXIT_BOUND);
                FinishedWriting done = job.log().awaitFinished(job.command().jobId());
                assertThat(done.errorEncountered()).isTrue();
                assertThat(done.message()).contains("shut down");
                try (NexusFile file =
                        NexusFile.open(rig.output().resolve(job.command().filename()))) {
                    NexusAssertions.assertThat(file).dataset("entry/title").isScalar();
                }
            } finally {
                job.log().close();
            }
        }
    }
}
