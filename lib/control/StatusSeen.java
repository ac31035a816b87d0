package lib.control;

import com.fasterxml.jackson.databind.JsonNode;

/** An {@code x5f2}: a writer's periodic status; {@code statusJson} is parsed (MissingNode if it did not parse). */
record StatusSeen(String serviceId, long updateIntervalMs, JsonNode statusJson) implements ControlEvent {

    WorkerState workerState() {
        switch (statusJson.path("state").asText("")) {
            case "idle":
                return WorkerState.IDLE;
            case "writing":
                return WorkerState.WRITING;
            default:
                return WorkerState.UNKNOWN;
        }
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
