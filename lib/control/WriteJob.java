package lib.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import lib.wire.RunStart;

/**
 * Everything a run start ({@code pl72}) carries. Build with {@link #of} and adjust copies with {@link #with};
 * the job id may be any string (tests send invalid ones on purpose).
 *
 * @param stop   null means "no stop time" (sent as 0)
 * @param broker "" means the Kafka address of the pool that sends the job
 */
public record WriteJob(
        String jobId,
        String fileName,
        String structure,
        Instant start,
        Instant stop,
        String controlTopic,
        String metadata,
        String serviceId,
        String broker,
        String runName,
        String instrumentName) {

    /** A start without a stop time gets one ten years later, as the original controller did (catalogue §1.2). */
    public static final Duration DEFAULT_RUN_LENGTH = Duration.ofHours(3652 * 24 + 12);

    public WriteJob {
        Objects.requireNonNull(jobId, "jobId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(structure, "structure");
        Objects.requireNonNull(start, "start");
        controlTopic = Objects.requireNonNullElse(controlTopic, "");
        metadata = Objects.requireNonNullElse(metadata, "");
        serviceId = Objects.requireNonNullElse(serviceId, "");
        broker = Objects.requireNonNullElse(broker, "");
        runName = Objects.requireNonNullElse(runName, "");
        instrumentName = Objects.requireNonNullElse(instrumentName, "");
    }

    /** A job with a random v4 id, stopping {@link #DEFAULT_RUN_LENGTH} after its start. */
    public static WriteJob of(String fileName, String structure, Instant start) {
        return of(fileName, structure, start, start.plus(DEFAULT_RUN_LENGTH));
    }

    public static WriteJob of(String fileName, String structure, Instant start, Instant stop) {
        return new WriteJob(UUID.randomUUID().toString(), fileName, structure, start, stop, "", "", "", "", "", "");
    }

    /**
     * A copy changed through the run start's builder, e.g. {@code job.with(pl72 -> pl72.jobId("invalid id"))};
     * a start set to null is refused, a stop set to null means "no stop time".
     */
    public WriteJob with(Consumer<RunStart.Builder> change) {
        RunStart.Builder builder = toRunStart("").toBuilder();
        change.accept(builder);
        RunStart changed = builder.build();
        return new WriteJob(
                changed.jobId(),
                changed.filename(),
                changed.nexusStructure(),
                changed.startTime(),
                changed.stopTime(),
                changed.controlTopic(),
                changed.metadata(),
                changed.serviceId(),
                changed.broker(),
                changed.runName(),
                changed.instrumentName());
    }

    /** The run start to send; an empty broker becomes {@code defaultBroker}. */
    RunStart toRunStart(String defaultBroker) {
        return RunStart.builder()
                .jobId(jobId)
                .filename(fileName)
                .structure(structure)
                .start(start)
                .stop(stop)
                .controlTopic(controlTopic)
                .metadata(metadata)
                .serviceId(serviceId)
                .broker(broker.isEmpty() ? defaultBroker : broker)
                .runName(runName)
                .instrumentName(instrumentName)
                .build();
    }

    /** The topic this job's commands and replies travel on: its control topic, or the given default. */
    String commandTopicOr(String defaultTopic) {
        return controlTopic.isEmpty() ? defaultTopic : controlTopic;
    }
}
