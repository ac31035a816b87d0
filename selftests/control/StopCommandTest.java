package selftests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import lib.control.CommandHandle;
import lib.control.JobState;
import lib.control.WorkerPool;
import lib.control.WorkerState;
import lib.control.WriteJob;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.wire.ActionOutcome;
import lib.wire.ActionType;
import lib.wire.RunStop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SelfTestKafka.class)
class StopCommandTest {

    @Test
    void stopNowReachesTheWriterAndTheJobEndsDone(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = startAccepted(scene, scene.writer, Scene.job("stopped.nxs"));

            CommandHandle stop = scene.pool.stopNow(job, "writer-1");

            RunStop received = scene.writer.takeStop(scene.topics.command(), job.jobId());
            assertThat(received.stopTime()).isNull();
            assertThat(received.serviceId()).isEqualTo("writer-1");
            assertThat(received.commandId()).isEqualTo(stop.commandId());
            scene.writer.acceptStop(scene.topics.command(), received);
            scene.writer.finish(scene.topics.command(), job.jobId(), "stopped.nxs", "");
            stop.awaitSuccess(Scene.WAIT);
            scene.pool.jobHandle(job.jobId()).awaitDone(Scene.WAIT);
            assertThat(scene.pool.workers()).singleElement().satisfies(worker -> assertThat(worker.state())
                    .isEqualTo(WorkerState.IDLE));
        }
    }

    @Test
    void setStopTimeSendsTheRequestedTimeWithAnEmptyServiceIdForNull(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = startAccepted(scene, scene.writer, Scene.job("stop-later.nxs"));
            Instant stopAt = Instant.now().plusSeconds(30).truncatedTo(ChronoUnit.MILLIS);

            CommandHandle stop = scene.pool.setStopTime(job, stopAt, null);

            RunStop received = scene.writer.takeStop(scene.topics.command(), job.jobId());
            assertThat(received.stopTime()).isEqualTo(stopAt);
            assertThat(received.serviceId()).isEmpty();
            scene.writer.acceptStop(scene.topics.command(), received);
            stop.awaitSuccess(Scene.WAIT);
            assertThat(stop.status().orElseThrow().statusCode()).isEqualTo(201);
            assertThat(scene.pool.jobState(job.jobId())).isEqualTo(JobState.WRITING);
        }
    }

    @Test
    void stopAllJobsStopsEveryWritingJobAddressedToItsWriter(Kafka kafka) {
        try (Scene scene = Scene.open(kafka);
                ScriptedWriter second = scene.otherWriter("writer-2")) {
            WriteJob first = startAccepted(scene, scene.writer, Scene.job("first.nxs"));
            WriteJob other = startAccepted(scene, second, Scene.job("second.nxs"));
            WriteJob finished = startAccepted(scene, scene.writer, Scene.job("finished.nxs"));
            scene.writer.finish(scene.topics.command(), finished.jobId(), "finished.nxs", "");
            scene.pool.jobHandle(finished.jobId()).awaitDone(Scene.WAIT);

            CompletableFuture<Void> writers = CompletableFuture.allOf(
                    Scene.meanwhile(() -> stopWhenAsked(scene, scene.writer, first)),
                    Scene.meanwhile(() -> stopWhenAsked(scene, second, other)));
            scene.pool.stopAllJobs(Scene.WAIT);

            writers.join();
            assertThat(scene.pool.jobState(first.jobId())).isEqualTo(JobState.DONE);
            assertThat(scene.pool.jobState(other.jobId())).isEqualTo(JobState.DONE);
        }
    }

    @Test
    void awaitingCommandsReadResendsProbesUntilTheWriterAnswersOne(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = startAccepted(scene, scene.writer, Scene.job("probed.nxs"));
            // The first probe is lost, as when HEAD's command consumer has no assignment yet; the next is answered.
            CompletableFuture<Void> writer = Scene.meanwhile(() -> {
                RunStop lost = scene.writer.takeStop(scene.topics.command(), WorkerPool.PROBE_JOB_ID);
                RunStop answered = scene.writer.takeStop(scene.topics.command(), WorkerPool.PROBE_JOB_ID);
                assertThat(answered.commandId()).isNotEqualTo(lost.commandId());
                assertThat(answered.stopTime()).as("a probe is a stop-now").isNull();
                assertThat(answered.serviceId())
                        .as("addressed to the job's writer")
                        .isEqualTo("writer-1");
                scene.writer.answer(
                        scene.topics.command(),
                        answered.jobId(),
                        answered.commandId(),
                        ActionType.SET_STOP_TIME,
                        ActionOutcome.FAILURE,
                        400,
                        "Rejected stop command as the job ID did not match");
            });

            scene.pool.awaitCommandsRead(job, Scene.WAIT);

            writer.join();
            assertThat(scene.pool.jobState(job.jobId())).isEqualTo(JobState.WRITING);
        }
    }

    @Test
    void awaitingCommandsReadNamesTheTopicWhenNoProbeIsAnswered(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            WriteJob job = startAccepted(scene, scene.writer, Scene.job("unprobed.nxs"));

            assertThatThrownBy(() -> scene.pool.awaitCommandsRead(job, Duration.ofSeconds(1)))
                    .hasMessageContaining("to answer a probe stop on " + scene.topics.command())
                    .hasMessageContaining("probes sent");
        }
    }

    private static void stopWhenAsked(Scene scene, ScriptedWriter writer, WriteJob job) {
        RunStop stop = writer.takeStop(scene.topics.command(), job.jobId());
        assertThat(stop.serviceId())
                .as("service id of the stop for %s", job.fileName())
                .isEqualTo(writer.serviceId());
        writer.acceptStop(scene.topics.command(), stop);
        writer.finish(scene.topics.command(), job.jobId(), job.fileName(), "");
    }

    /** Starts {@code job}, {@code writer} accepting it on the command topic, and returns it once WRITING. */
    static WriteJob startAccepted(Scene scene, ScriptedWriter writer, WriteJob job) {
        CompletableFuture<Void> accepted = Scene.meanwhile(
                () -> writer.acceptStart(scene.topics.command(), writer.takeJob(scene.topics.pool(), job.jobId())));
        scene.pool.start(job, Scene.WAIT);
        accepted.join();
        return job;
    }
}
