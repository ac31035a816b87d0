package writer.output;

import java.time.Instant;
import writer.common.Profile;

/** What a job's output needs to know besides the structure: profile, job id and its time window. */
public record JobSettings(Profile profile, String jobId, Instant start, Instant stopOrNull) {}
