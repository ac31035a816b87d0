package selftests.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import lib.control.JobState;
import lib.control.Worker;
import lib.control.WorkerPool;
import lib.control.WorkerPoolSettings;
import lib.control.WriteJob;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.waits.Waits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SelfTestKafka.class)
class WorkerDiscoveryTest {

    @Test
    void workersAreKnownByServiceIdInTheStateTheirStatusNames(Kafka kafka) {
        try (Scene scene = Scene.open(kafka);
                ScriptedWriter busy = scene.otherWriter("writer-2");
                ScriptedWriter odd = scene.otherWriter("writer-3")) {
            scene.writer.idle(scene.topics.command());
            busy.writing(scene.topics.command(), "some-job", "some-file.nxs");
            odd.status(scene.topics.command(), "paused", "", "");

            Waits.until(
                    "three workers", Scene.WAIT, () -> scene.pool.workers().size() == 3, scene.pool::recentMessages);
            assertThat(states(scene.pool.workers()))
                    .containsExactly("writer-1 IDLE", "writer-2 WRITING", "writer-3 UNKNOWN");
        }
    }

    @Test
    void aSilentWorkerBecomesUnavailableAndComesBackWhenHeardAgain(Kafka kafka) {
        try (Scene scene = Scene.withSilences(kafka, Duration.ofMillis(700), Duration.ofSeconds(15))) {
            scene.writer.idle(scene.topics.command());
            scene.pool.waitIdle(1, Scene.WAIT);

            Waits.until(
                    "writer-1 UNAVAILABLE",
                    Scene.WAIT,
                    () -> states(scene.pool.workers()).equals(List.of("writer-1 UNAVAILABLE")),
                    scene.pool::recentMessages);

            scene.writer.idle(scene.topics.command());
            scene.pool.waitIdle(1, Scene.WAIT);
        }
    }

    @Test
    void waitNoneWritingHoldsOnlyWhenEveryKnownWorkerIsIdle(Kafka kafka) {
        try (Scene scene = Scene.open(kafka);
                ScriptedWriter second = scene.otherWriter("writer-2")) {
            scene.writer.idle(scene.topics.command());
            second.writing(scene.topics.command(), "some-job", "some-file.nxs");
            Waits.until("two workers", Scene.WAIT, () -> scene.pool.workers().size() == 2, scene.pool::recentMessages);

            assertThatThrownBy(() -> scene.pool.waitNoneWriting(Duration.ZERO))
                    .hasMessageContaining("Checked once waiting for at least one worker known and all IDLE")
                    .hasMessageContaining("writer-2 WRITING");

            second.idle(scene.topics.command());
            scene.pool.waitNoneWriting(Scene.WAIT);
            scene.pool.waitIdle(2, Duration.ZERO);
        }
    }

    @Test
    void anAcceptedStartMakesItsWriterWritingUntilItsJobIsFinished(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            scene.writer.idle(scene.topics.command());
            scene.pool.waitIdle(1, Scene.WAIT);

            WriteJob job = StopCommandTest.startAccepted(scene, scene.writer, Scene.job("busy.nxs"));

            assertThat(states(scene.pool.workers())).containsExactly("writer-1 WRITING");
            assertThatThrownBy(() -> scene.pool.waitNoneWriting(Duration.ZERO))
                    .hasMessageContaining("writer-1 WRITING");
            scene.writer.finish(scene.topics.command(), job.jobId(), "busy.nxs", "");
            scene.pool.waitNoneWriting(Scene.WAIT);
            assertThat(scene.pool.jobState(job.jobId())).isEqualTo(JobState.DONE);
        }
    }

    @Test
    void aPoolWithStatusLookBackKnowsTheWritersAtOnceButNotTheJobsOfEarlierControllers(Kafka kafka) {
        try (Scene scene = Scene.open(kafka);
                ScriptedWriter busy = scene.otherWriter("writer-2")) {
            scene.writer.writing(scene.topics.command(), "earlier-job", "earlier.nxs");
            scene.writer.finish(scene.topics.command(), "earlier-job", "earlier.nxs", "");
            busy.writing(scene.topics.command(), "other-job", "other.nxs");

            WorkerPoolSettings settings = WorkerPoolSettings.of(scene.topics.pool(), scene.topics.command())
                    .withStatusLookBack(Duration.ofSeconds(10));
            try (WorkerPool late = WorkerPool.open(kafka, settings)) {
                late.waitIdle(1, Scene.WAIT); // writer-1 sends nothing after the pool opens
                Waits.until("two workers", Scene.WAIT, () -> late.workers().size() == 2, late::recentMessages);

                assertThat(states(late.workers())).containsExactly("writer-1 IDLE", "writer-2 WRITING");
                assertThat(late.jobs()).as("jobs of earlier controllers").isEmpty();
                assertThat(late.recentMessages()).contains("(before the pool opened) x5f2 service=writer-2");
            }
        }
    }

    @Test
    void aTimeoutNamesWhatWasAwaitedAndTheLastMessagesSeen(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            scene.writer.idle(scene.topics.command());
            scene.pool.waitIdle(1, Scene.WAIT);

            assertThatThrownBy(() -> scene.pool.waitIdle(3, Duration.ofMillis(500)))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("Timed out after 0.5 s waiting for at least 3 workers IDLE")
                    .hasMessageContaining("Workers: [writer-1 IDLE]")
                    .hasMessageContaining("messages on " + scene.topics.command())
                    .hasMessageContaining("x5f2 service=writer-1 state=idle");
        }
    }

    @Test
    void aTimeoutWithNothingReceivedNamesTheTopicsRead(Kafka kafka) {
        try (Scene scene = Scene.open(kafka)) {
            assertThatThrownBy(() -> scene.pool.waitNoneWriting(Duration.ofMillis(300)))
                    .hasMessageContaining("Timed out after 0.3 s waiting for a status from the writers")
                    .hasMessageContaining("Workers: []")
                    .hasMessageContaining("No messages received on " + scene.topics.command() + ".");
        }
    }

    private static List<String> states(List<Worker> workers) {
        return workers.stream()
                .map(worker -> worker.serviceId() + " " + worker.state())
                .collect(Collectors.toList());
    }
}
