package selftests.control;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import lib.control.WorkerPool;
import lib.control.WorkerPoolSettings;
import lib.control.WriteJob;
import lib.kafka.Kafka;

/** One test's world: fresh topics, a pool under test and a scripted writer "writer-1" listening to both topics. */
final class Scene implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(15);
    static final String STRUCTURE = "{\"children\": []}";

    final Kafka kafka;
    final PoolTopics topics;
    final ScriptedWriter writer;
    final WorkerPool pool;

    private Scene(Kafka kafka, Duration workerSilence, Duration jobSilence) {
        this.kafka = kafka;
        topics = PoolTopics.create(kafka);
        writer = new ScriptedWriter(kafka, "writer-1", topics.pool(), topics.command(), topics.control());
        pool = WorkerPool.open(
                kafka,
                WorkerPoolSettings.of(topics.pool(), topics.command())
                        .withTimeouts(workerSilence, jobSilence, Duration.ofSeconds(60)));
    }

    static Scene open(Kafka kafka) {
        return new Scene(kafka, Duration.ofSeconds(15), Duration.ofSeconds(15));
    }

    static Scene withSilences(Kafka kafka, Duration workerSilence, Duration jobSilence) {
        return new Scene(kafka, workerSilence, jobSilence);
    }

    /** Another writer with its own service id, listening like the first one. */
    ScriptedWriter otherWriter(String serviceId) {
        return new ScriptedWriter(kafka, serviceId, topics.pool(), topics.command(), topics.control());
    }

    static WriteJob job(String fileName) {
        return WriteJob.of(fileName, STRUCTURE, Instant.now().truncatedTo(ChronoUnit.MILLIS));
    }

    /** Runs a writer's part while the test thread waits in the pool; join the result to see its failures. */
    static CompletableFuture<Void> meanwhile(Runnable writerSteps) {
        return CompletableFuture.runAsync(writerSteps);
    }

    @Override
    public void close() {
        try {
            pool.close();
        } finally {
            writer.close();
        }
    }
}
