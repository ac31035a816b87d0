package selftests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import lib.control.CommandHandle;
import lib.control.CommandState;
import lib.control.JobHandle;
import lib.control.JobState;
import lib.control.JobStatus;
import lib.control.WriteJob;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.wire.RunStart;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SelfTestKafka.class)
class StartCommandTest {
    private static final String REFUSAL = "Rejected start command as the job id was invalid (it was: \"invalid id\").";

    @Test
    void startSendsTheJobToThePoolAndSucceedsWhenTheWriterAccepts(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = Scene.job("started.nxs").with(pl72 -> pl72.metadata("{}"));
            CompletableFuture<RunStart> taken = CompletableFuture.supplyAsync(() -> {
                RunStart start = scene.writer.takeJob(scene.topics.pool(), job.jobId());
                scene.writer.acceptStart(scene.topics.command(), start);
                return start;
            });

            JobHandle handle = scene.pool.start(job, Scene.WAIT);

            RunStart sent = taken.join();
            assertThat(sent.jobId()).isEqualTo(job.jobId()).matches("[0-9a-f-]{36}");
            assertThat(sent.filename()).isEqualTo("started.nxs");
            assertThat(sent.nexusStructure()).isEqualTo(Scene.STRUCTURE);
            assertThat(sent.startTime()).isEqualTo(job.start());
            assertThat(sent.stopTime()).isEqualTo(job.start().plus(Duration.ofMillis(315_576_000_000L)));
            assertThat(sent.broker()).isEqualTo(kafka.bootstrapServers());
            assertThat(sent.metadata()).isEqualTo("{}");
            assertThat(sent.serviceId()).isEmpty();
            JobStatus status = handle.status().orElseThrow();
            assertThat(status.state()).isEqualTo(JobState.WRITING);
            assertThat(status.serviceId()).isEqualTo("writer-1");
            assertThat(status.message()).isEqualTo("Started write job.");
            assertThat(scene.pool.commandState(job.jobId())).isEqualTo(CommandState.SUCCESS);
        }
    }

    @Test
    void startFailsReturnsTheWritersMessageAndMarksTheJobError(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = Scene.job("refused.nxs").with(pl72 -> pl72.jobId("invalid id"));
            CompletableFuture<Void> writer = Scene.meanwhile(() -> scene.writer.rejectStart(
                    scene.topics.command(), scene.writer.takeJob(scene.topics.pool(), job.jobId()), 400, REFUSAL));

            String message = scene.pool.startFails(job, Scene.WAIT);

            writer.join();
            assertThat(message).isEqualTo(REFUSAL);
            JobStatus refused = scene.pool.job("invalid id").orElseThrow();
            assertThat(refused.state()).isEqualTo(JobState.ERROR);
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(scene.pool.command("invalid id").orElseThrow().statusCode())
                    .isEqualTo(400);
        }
    }

    @Test
    void startFailsAtOnceWithTheRefusalWhenTheWriterRefuses(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = Scene.job("refused.nxs");
            Scene.meanwhile(() -> scene.writer.rejectStart(
                    scene.topics.command(),
                    scene.writer.takeJob(scene.topics.pool(), job.jobId()),
                    500,
                    "Failed to start filewriting job."));

            assertThatThrownBy(() -> scene.pool.start(job, Duration.ofSeconds(60)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("became ERROR")
                    .hasMessageContaining("status 500, message \"Failed to start filewriting job.\"");
        }
    }

    @Test
    void aCommandWithoutAnswerTimesOutAfterItsOwnTimeout(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = Scene.job("unanswered.nxs");
            assertThat(scene.pool.jobState(job.jobId())).isEqualTo(JobState.NO_JOB);

            CommandHandle stop = scene.pool.stopNow(job, "incorrect service id").setTimeout(Duration.ofMillis(500));

            assertThat(stop.state()).isEqualTo(CommandState.WAITING_RESPONSE);
            stop.awaitState(CommandState.TIMEOUT_RESPONSE, Scene.WAIT);
            assertThat(scene.writer
                            .takeStop(scene.topics.command(), job.jobId())
                            .serviceId())
                    .isEqualTo("incorrect service id");
            assertThat(scene.pool.commandState("never-sent")).isEqualTo(CommandState.NO_COMMAND);
        }
    }
}
