package lib.stream;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import lib.control.WorkerPool;
import lib.control.WorkerPoolSettings;
import lib.control.WriteJob;
import lib.kafka.ConfirmingProducer;
import lib.kafka.EmbeddedKafka;
import lib.kafka.ExternalKafka;
import lib.kafka.Kafka;
import lib.kafka.Topics;

/**
 * What {@code stream.java} does with a plan: connects to the broker (or starts an embedded one), creates the
 * plan's topics where missing, streams, and prints the plan, the progress and the rates reached; with a job, also
 * the run start and stop around it ({@link StreamedJob}).
 */
public final class StreamRun {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final StreamPlan plan;
    private final Pace pace;
    private final PrintStream out;

    public StreamRun(StreamPlan plan, Pace pace, PrintStream out) {
        this.plan = plan;
        this.pace = pace;
        this.out = out;
    }

    public String structure() {
        return StreamStructure.of(plan.schedule().specs());
    }

    /** Streams the plan to {@code address} ({@code host:port}, or {@code embedded}). */
    public StreamReport publish(String address, Path brokerLog) {
        try (Kafka kafka = connect(address, brokerLog);
                ConfirmingProducer producer = ConfirmingProducer.connectForStreaming(kafka)) {
            Schedule schedule = prepare(kafka);
            StreamReport report = new Streamer(producer, pace, out).stream(schedule);
            out.println("stream: done: " + report.describe());
            return report;
        }
    }

    /** Streams the plan inside a write job for {@code fileName}, sent to the pool on {@code poolTopic}. */
    public StreamedJob.Outcome publishInJob(
            String address, Path brokerLog, String fileName, String poolTopic, String commandTopic, Duration end) {
        try (Kafka kafka = connect(address, brokerLog);
                ConfirmingProducer producer = ConfirmingProducer.connectForStreaming(kafka);
                WorkerPool pool = WorkerPool.open(kafka, WorkerPoolSettings.of(poolTopic, commandTopic))) {
            Schedule schedule = prepare(kafka);
            WriteJob job = WriteJob.of(fileName, StreamStructure.of(schedule.specs()), StreamedJob.startOf(schedule))
                    .with(pl72 -> pl72.controlTopic(commandTopic));
            StreamedJob.Outcome outcome =
                    new StreamedJob(pool, end, out).run(job, new Streamer(producer, pace, out), schedule);
            out.println("stream: done: " + outcome.stream().describe());
            out.println("stream: job " + job.jobId() + " " + outcome.job().state() + ", file " + fileName);
            return outcome;
        }
    }

    private Schedule prepare(Kafka kafka) {
        Topics.create(kafka, plan.topics());
        Schedule schedule = plan.schedule();
        Duration span = Duration.ofNanos(schedule.lastTimeNs() - schedule.firstTimeNs());
        out.printf(
                Locale.ROOT,
                "stream: %d messages of %d sources to %s, data time %s + %s, %s (about %s)%n",
                schedule.total(),
                schedule.sources().size(),
                plan.topics(),
                Instant.ofEpochMilli(schedule.firstTimeNs() / 1_000_000L),
                span,
                pace,
                pace.isUnlimited()
                        ? "as long as the broker takes"
                        : pace.wallTimeOf(span).toString());
        return schedule;
    }

    private Kafka connect(String address, Path brokerLog) {
        if (address.equals("embedded")) {
            out.println("stream: starting an embedded broker (log: " + brokerLog + ")");
            return EmbeddedKafka.start(brokerLog);
        }
        return ExternalKafka.connect(address, CONNECT_TIMEOUT);
    }
}
