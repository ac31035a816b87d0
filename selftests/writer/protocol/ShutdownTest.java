package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.nexus.NexusAssertions;
import lib.nexus.NexusFile;
import lib.wire.FinishedWriting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** SIGTERM during a job closes the file cleanly and reports the job as ended with an error. */
@ExtendWith(SelfTestKafka.class)
class ShutdownTest {

    @Test
    void sigtermDuringAJobClosesTheFileAndReportsAnError(Kafka kafka, @TempDir Path folder) {
        try (WriterRig rig = WriterRig.create(kafka, "current", folder)) {
            WriterProcess writer = rig.startWriter("shutdown");
            rig.awaitPoolListened(java.time.Duration.ofSeconds(30));
            String control = rig.newTopic("control");
            RunningJob job = RunningJob.start(rig, rig.job(control).structure("{\"children\":[{\"type\":\"group\","
                    + "\"name\":\"entry\",\"children\":[{\"module\":\"dataset\",\"config\":{\"name\":\"title\","
                    + "\"values\":\"kept\",\"dtype\":\"string\"}}]}]}"), control);
            try {
                assertThat(writer.terminate()).as("exit status after SIGTERM").isIn(0, 143);
                FinishedWriting done = job.log().awaitFinished(job.command().jobId());
                assertThat(done.errorEncountered()).isTrue();
                assertThat(done.message()).contains("shut down");
                try (NexusFile file = NexusFile.open(rig.output().resolve(job.command().filename()))) {
                    NexusAssertions.assertThat(file).dataset("entry/title").isScalar();
                }
            } finally {
                job.log().close();
            }
        }
    }
}
