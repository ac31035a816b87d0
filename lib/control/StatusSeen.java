package lib.control;

import com.fasterxml.jackson.databind.JsonNode;
import lib.wire.WriterState;

/** An {@code x5f2}: a writer's periodic status; {@code statusJson} is parsed (MissingNode if it did not parse). */
record StatusSeen(String serviceId, long updateIntervalMs, JsonNode statusJson) implements ControlEvent {

    WorkerState workerState() {
        return switch (WriterState.named(statusJson.path("state").asText(""))) {
            case IDLE -> WorkerState.IDLE;
            case WRITING -> WorkerState.WRITING;
            case UNKNOWN -> WorkerState.UNKNOWN;
        };
    }

    String jobId() {
        return statusJson.path("job_id").asText("");
    }

    String fileBeingWritten() {
        return statusJson.path("file_being_written").asText("");
    }

    @Override
    public String describe() {
        return "x5f2 service=" + serviceId + " state="
                + statusJson.path("state").asText("?")
                + (workerState() == WorkerState.WRITING ? " job=" + jobId() : "");
    }
}
