package lib.control;

/** What {@link WorkerPool#startJob} returns: the job and its start command (whose id is the job id). */
public record StartedJob(JobHandle job, CommandHandle command) {}
