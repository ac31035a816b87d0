package selftests.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import lib.control.CommandHandle;
import lib.control.CommandState;
import lib.control.JobHandle;
import lib.control.JobState;
import lib.control.JobStatus;
import lib.control.WorkerPool;
import lib.control.WorkerPoolSettings;
import lib.control.WriteJob;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.waits.Waits;
import lib.wire.RunStart;
import lib.wire.RunStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SelfTestKafka.class)
class ControlTopicTest {

    @Test
    void aJobsControlTopicIsFollowedForRepliesAndCarriesItsStops(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            String control = scene.topics.control();
            WriteJob job = Scene.job("controlled.nxs").with(pl72 -> pl72.controlTopic(control));
            // Like a HEAD writer: echo and answer on the control topic as soon as the job is taken.
            CompletableFuture<Void> writer = Scene.meanwhile(() -> {
                RunStart start = scene.writer.takeJob(scene.topics.pool(), job.jobId());
                scene.writer.echo(control, start);
                scene.writer.acceptStart(control, start);
                scene.writer.writing(control, job.jobId(), "controlled.nxs");
            });

            JobHandle handle = scene.pool.start(job, Scene.WAIT);
            writer.join();
            CommandHandle stop = scene.pool.stopNow(job, "");

            RunStop received = scene.writer.takeStop(control, job.jobId());
            scene.writer.acceptStop(control, received);
            scene.writer.finish(control, job.jobId(), "controlled.nxs", "");
            stop.awaitSuccess(Scene.WAIT);
            handle.awaitDone(Scene.WAIT);
            assertThat(scene.pool.recentMessages()).contains("messages on " + control);
        }
    }

    @Test
    void aSecondPoolReadingTheControlTopicHearsTheAnswerToItsStop(Kafka kafka) {
        try (Scene scene = Scene.open(kafka);
                WorkerPool second =
                        WorkerPool.open(kafka, WorkerPoolSettings.of(scene.topics.pool(), scene.topics.control()))) {
            String control = scene.topics.control();
            WriteJob job = Scene.job("stopped-at-once.nxs")
                    .with(pl72 -> pl72.controlTopic(control).stop(null));

            scene.pool.startJob(job);
            CommandHandle stop = second.setStopTime(job, Instant.now(), "");

            RunStart start = scene.writer.takeJob(scene.topics.pool(), job.jobId());
            scene.writer.echo(control, start);
            scene.writer.acceptStart(control, start);
            scene.writer.acceptStop(control, scene.writer.takeStop(control, job.jobId()));
            stop.awaitSuccess(Scene.WAIT);
            scene.pool.jobHandle(job.jobId()).awaitState(JobState.WRITING, Scene.WAIT);
        }
    }

    @Test
    void theEchoedRunStartOfAKnownJobCreatesNoSecondJob(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = Scene.job("echoed.nxs").with(pl72 -> pl72.controlTopic(scene.topics.command()));
            CompletableFuture<Void> writer = Scene.meanwhile(() -> {
                RunStart start = scene.writer.takeJob(scene.topics.pool(), job.jobId());
                scene.writer.acceptStart(scene.topics.command(), start);
                scene.writer.echo(scene.topics.command(), start);
                scene.writer.writing(scene.topics.command(), job.jobId(), "echoed.nxs");
            });

            scene.pool.start(job, Scene.WAIT);
            writer.join();

            Waits.until(
                    "the status after the echo",
                    Scene.WAIT,
                    () -> scene.pool.recentMessages().contains("x5f2 service=writer-1 state=writing"),
                    scene.pool::recentMessages);
            assertThat(scene.pool.jobs()).extracting(JobStatus::jobId).containsExactly(job.jobId());
            assertThat(scene.pool.jobState(job.jobId())).isEqualTo(JobState.WRITING);
            assertThat(scene.pool.commandState(job.jobId())).isEqualTo(CommandState.SUCCESS);
        }
    }

    @Test
    void aRunStartOfAnUnknownJobCreatesAWaitingJob(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            RunStart foreign = RunStart.builder()
                    .jobId("started-elsewhere")
                    .filename("foreign.nxs")
                    .structure(Scene.STRUCTURE)
                    .build();

            scene.writer.publish(scene.topics.command(), foreign.toBytes());

            scene.pool.jobHandle("started-elsewhere").awaitState(JobState.WAITING, Scene.WAIT);
            assertThat(scene.pool.commandState("started-elsewhere")).isEqualTo(CommandState.WAITING_RESPONSE);
            assertThat(scene.pool.job("started-elsewhere").orElseThrow().fileName())
                    .isEqualTo("foreign.nxs");
        }
    }
}
