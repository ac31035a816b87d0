package lib.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Duration;
import java.time.Instant;

/**
 * A write job as the controller knows it. {@code metadata} is the writer's status JSON while writing and the
 * parsed {@code wrdn} metadata once done (MissingNode when there was none); {@code message} is the last
 * {@code answ} or {@code wrdn} text and {@code statusCode} the last {@code answ} code (0 before one).
 */
public record JobStatus(
        String jobId,
        JobState state,
        String serviceId,
        String fileName,
        String controlTopic,
        JsonNode metadata,
        String message,
        int statusCode,
        Instant lastUpdate) {

    static JobStatus waiting(String jobId, String fileName, String serviceId, String controlTopic, Instant at) {
        return new JobStatus(
                jobId, JobState.WAITING, serviceId, fileName, controlTopic, MissingNode.getInstance(), "", 0, at);
    }

    JobStatus withState(JobState newState, Instant at) {
        return new JobStatus(jobId, newState, serviceId, fileName, controlTopic, metadata, message, statusCode, at);
    }

    JobStatus withWriter(String newServiceId, String newFileName, JsonNode newMetadata, Instant at) {
        return new JobStatus(
                jobId, state, newServiceId, newFileName, controlTopic, newMetadata, message, statusCode, at);
    }

    JobStatus withReply(String newServiceId, String newMessage, int newStatusCode, Instant at) {
        return new JobStatus(
                jobId, state, newServiceId, fileName, controlTopic, metadata, newMessage, newStatusCode, at);
    }

    /** A job not DONE or ERROR that was not updated for longer than {@code silence} reads as TIMEOUT. */
    JobStatus asOf(Instant now, Duration silence) {
        boolean silent = !state.isFinal() && lastUpdate.plus(silence).isBefore(now);
        return silent ? withState(JobState.TIMEOUT, lastUpdate) : this;
    }

    JobStatus touched(Instant at) {
        return withState(state, at);
    }
}
