package lib.control;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Everything a run start ({@code pl72}) carries. Build with {@link #of} and adjust copies with {@link #with};
 * the job id may be any string (tests send invalid ones on purpose).
 *
 * @param stop   null means "no stop time" (sent as 0)
 * @param broker null means the Kafka address of the pool that sends the job
 */
public record WriteJob(String jobId, String fileName, String structure, Instant start, Instant stop,
        String controlTopic, String metadata, String serviceId, String broker, String runName,
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
        runName = Objects.requireNonNullElse(runName, "");
        instrumentName = Objects.requireNonNullElse(instrumentName, "");
    }

    /** A job with a random v4 id, stopping {@link #DEFAULT_RUN_LENGTH} after its start. */
    public static WriteJob of(String fileName, String structure, Instant start) {
        return of(fileName, structure, start, start.plus(DEFAULT_RUN_LENGTH));
    }

    public static WriteJob of(String fileName, String structure, Instant start, Instant stop) {
        return new WriteJob(UUID.randomUUID().toString(), fileName, structure, start, stop, "", "", "", null, "",
                "");
    }

    /** A copy changed by {@code change}, e.g. {@code job.with(draft -> draft.jobId = "invalid id")}. */
    public WriteJob with(Consumer<Draft> change) {
        Draft draft = new Draft(this);
        change.accept(draft);
        return new WriteJob(draft.jobId, draft.fileName, draft.structure, draft.start, draft.stop,
                draft.controlTopic, draft.metadata, draft.serviceId, draft.broker, draft.runName,
                draft.instrumentName);
    }

    /** The fields of a job being changed by {@link #with}; the record checks them when it is rebuilt. */
    public static final class Draft {
        public String jobId;
        public String fileName;
        public String structure;
        public Instant start;
        public Instant stop;
        public String controlTopic;
        public String metadata;
        public String serviceId;
        public String broker;
        public String runName;
        public String instrumentName;

        private Draft(WriteJob job) {
            jobId = job.jobId;
            fileName = job.fileName;
            structure = job.structure;
            start = job.start;
            stop = job.stop;
            controlTopic = job.controlTopic;
            metadata = job.metadata;
            serviceId = job.serviceId;
            broker = job.broker;
            runName = job.runName;
            instrumentName = job.instrumentName;
        }
    }

    /** The topic this job's commands and replies travel on: its control topic, or the given default. */
    String commandTopicOr(String defaultTopic) {
        return controlTopic.isEmpty() ? defaultTopic : controlTopic;
    }
}
