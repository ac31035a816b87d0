package writer.output;

import java.time.Instant;
import writer.profile.ProfileRules;

/** What a job's output needs to know besides the structure: the profile's rules, job id and its time window. */
public record JobSettings(ProfileRules rules, String jobId, Instant start, Instant stopOrNull) {}
