package writer.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import writer.job.Job;
import writer.profile.ProfileRules;
import writer.protocol.Replies;

/** The x5f2 status_json and the 2022 wrdn metadata built from it (protocol.md §4.7, §4.8). */
final class StatusJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatusJson() {}

    static Map<String, Object> idle(ProfileRules rules) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("state", "idle");
        status.put("job_id", "not_currently_writing");
        status.put("file_being_written", "");
        status.put("start_time", 0L);
        status.put("stop_time", 0L);
        if (rules.statusHasExtra()) {
            status.put("extra", Map.of());
        }
        return status;
    }

    static Map<String, Object> writing(ProfileRules rules, Job job) {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("state", "writing");
        status.put("job_id", job.jobId());
        status.put("file_being_written", job.command().filename());
        status.put("start_time", job.start().toEpochMilli());
        long stop = job.stoppedNow()
                ? 0L
                : (job.stopOrNull() == null ? Replies.NO_STOP_TIME : job.stopOrNull()).toEpochMilli();
        status.put("stop_time", stop);
        if (rules.statusHasExtra()) {
            status.put("extra", job.statusExtra());
        }
        return status;
    }

    /**
     * 2022 wrdn metadata of a successful job: the final status, overwritten by the top-level keys of the pl72
     * metadata when that is a JSON object, plus the structure text as "hdf_structure".
     */
    static String finishedMetadata2022(Map<String, Object> finalStatus, String pl72Metadata, String structure) {
        Map<String, Object> metadata = new LinkedHashMap<>(finalStatus);
        try {
            JsonNode given = JSON.readTree(pl72Metadata);
            if (given != null && given.isObject()) {
                given.fields().forEachRemaining(field -> metadata.put(field.getKey(), field.getValue()));
            }
        } catch (JsonProcessingException e) {
            // Not JSON: nothing to merge, as in the 2022 writer.
        }
        metadata.put("hdf_structure", structure);
        return text(metadata);
    }

    static String text(Map<String, Object> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("status values that are not JSON: " + values, e);
        }
    }
}
