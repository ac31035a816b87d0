package lib.control;

import java.time.Duration;

/**
 * How long each step of {@link WorkerPool#runToEnd} may take: until a writer is idle, until the writer answers the
 * start, and from that answer until the job is DONE. The defaults are the catalogue's for the D tests (§4:
 * WAIT_IDLE(1, 20 s), START(20 s), WAIT_NONE_WRITING(30 s), which here waits for the job to be DONE); a test whose
 * job takes longer says so with {@link #endingWithin}.
 */
public record JobDeadlines(Duration idleWriter, Duration startAnswer, Duration end) {
    /** How long a test waits for an idle writer before it sends a job (an earlier test's STOP_ALL may still run). */
    public static final Duration IDLE_WRITER = Duration.ofSeconds(20);
    /** How long a start waits for the writer's answer to the run start. */
    public static final Duration START_ANSWER = Duration.ofSeconds(20);
    /** How long a job whose stop time has passed takes, after its start was answered, to be DONE. */
    public static final Duration PAST_STOP_END = Duration.ofSeconds(30);

    /** The three defaults above. */
    public static final JobDeadlines DEFAULT = new JobDeadlines(IDLE_WRITER, START_ANSWER, PAST_STOP_END);

    /** These deadlines for a job that may take {@code newEnd} after its start was answered to be DONE. */
    public JobDeadlines endingWithin(Duration newEnd) {
        return new JobDeadlines(idleWriter, startAnswer, newEnd);
    }

    /** These deadlines for a start the writer may take {@code newStartAnswer} to answer (a large run start). */
    public JobDeadlines answeredWithin(Duration newStartAnswer) {
        return new JobDeadlines(idleWriter, newStartAnswer, end);
    }
}
