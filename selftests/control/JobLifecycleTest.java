package selftests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import lib.control.JobHandle;
import lib.control.JobState;
import lib.control.JobStatus;
import lib.control.WriteJob;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.waits.Waits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SelfTestKafka.class)
class JobLifecycleTest {

    @Test
    void aWritingStatusDescribesTheJobAndFinishedWritingMakesItDoneWithItsMetadata(Kafka kafka) throws Exception {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = StopCommandTest.startAccepted(scene, scene.writer, Scene.job("meta.nxs"));
            JobHandle handle = scene.pool.jobHandle(job.jobId());

            scene.writer.writing(scene.topics.command(), job.jobId(), "meta.nxs");
            Waits.until(
                    "the job's metadata to be the writing status",
                    Scene.WAIT,
                    () -> handle.status()
                            .map(status ->
                                    status.metadata().path("state").asText().equals("writing"))
                            .orElse(false),
                    scene.pool::recentMessages);
            assertThat(handle.status().orElseThrow().fileName()).isEqualTo("meta.nxs");

            scene.writer.finish(
                    scene.topics.command(), job.jobId(), "output/meta.nxs", "{\"data\": 12345, \"more_data\": 23456}");
            JobStatus done = handle.awaitDone(Scene.WAIT);
            assertThat(done.metadata()).isEqualTo(new ObjectMapper().readTree("{\"data\":12345,\"more_data\":23456}"));
            assertThat(done.fileName()).isEqualTo("output/meta.nxs");
            // Status and wrdn may travel on different topics: a late "writing" must not reopen the job.
            scene.writer.writing(scene.topics.command(), job.jobId(), "meta.nxs");
            scene.writer.idle(scene.topics.command());
            Waits.until(
                    "the idle status after the late one",
                    Scene.WAIT,
                    () -> scene.pool.recentMessages().endsWith("state=idle\n"),
                    scene.pool::recentMessages);
            assertThat(handle.state()).isEqualTo(JobState.DONE);
        }
    }

    @Test
    void emptyFinishedMetadataIsTolerated(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = StopCommandTest.startAccepted(scene, scene.writer, Scene.job("no-meta.nxs"));

            scene.writer.finish(scene.topics.command(), job.jobId(), "no-meta.nxs", "");

            assertThat(scene.pool
                            .jobHandle(job.jobId())
                            .awaitDone(Scene.WAIT)
                            .metadata()
                            .isMissingNode())
                    .isTrue();
        }
    }

    @Test
    void finishingWithAnErrorMakesTheJobErrorAndEndsAJobWaitAtOnce(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = StopCommandTest.startAccepted(scene, scene.writer, Scene.job("broken.nxs"));
            String reason = "Unable to set up consumer for source s on topic t as this topic does not exist. ";

            scene.writer.fail(scene.topics.command(), job.jobId(), "broken.nxs", reason);

            assertThatThrownBy(() -> scene.pool.jobHandle(job.jobId()).awaitDone(Duration.ofSeconds(60)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("it became ERROR")
                    .hasMessageContaining(reason);
            assertThat(scene.pool.job(job.jobId()).orElseThrow().message()).isEqualTo(reason);
        }
    }

    @Test
    void aJobWithoutNewsTimesOut(Kafka kafka) {
        try (Scene scene = Scene.withSilences(kafka, Duration.ofSeconds(15), Duration.ofMillis(700))) {
            WriteJob job = StopCommandTest.startAccepted(scene, scene.writer, Scene.job("silent.nxs"));
            JobHandle handle = scene.pool.jobHandle(job.jobId());

            handle.awaitState(JobState.TIMEOUT, Scene.WAIT);

            assertThatThrownBy(() -> handle.awaitDone(Scene.WAIT)).hasMessageContaining("it became TIMEOUT");
            scene.writer.writing(scene.topics.command(), job.jobId(), "silent.nxs");
            Waits.until(
                    "the job WRITING again",
                    Scene.WAIT,
                    () -> handle.state() == JobState.WRITING,
                    scene.pool::recentMessages);
        }
    }
}
