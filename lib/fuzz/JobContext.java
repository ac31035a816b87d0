package lib.fuzz;

/**
 * The job an input was made for (command and data inputs name it): a replay starts a job with the same id, start
 * and control topic, so the input's bytes mean what they meant.
 *
 * @param serviceId the service id of the writer that ran it (2022 addresses stops to it); "" if none
 */
public record JobContext(String jobId, long startMs, String serviceId) {}
