package lib.stream;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import lib.control.JobDeadlines;
import lib.control.JobStatus;
import lib.control.StartedJob;
import lib.control.WorkerPool;
import lib.control.WriteJob;

/**
 * A write job around a stream, through {@link WorkerPool}: the first message of every source is published before
 * the run start (a writer whose time lookup finds nothing starts at the topic's end, late: protocol.md §6.1); once
 * the start is accepted and the writer reads its commands, the rest is streamed; then the stop time is set to just
 * after the last message, and the job is awaited until DONE.
 */
public final class StreamedJob {
    private final WorkerPool pool;
    private final Duration endTimeout;
    private final PrintStream out;

    /**
     * @param endTimeout how long the writer may take, after the stop time is set, to finish the file
     * @param out        where the steps are reported; null reports none
     */
    public StreamedJob(WorkerPool pool, Duration endTimeout, PrintStream out) {
        this.pool = pool;
        this.endTimeout = endTimeout;
        this.out = out;
    }

    /** The window a job needs for all of the schedule: from its first message's ms to after its last one's. */
    public static Instant startOf(Schedule schedule) {
        return Instant.ofEpochMilli(Math.floorDiv(schedule.firstTimeNs(), 1_000_000L));
    }

    public static Instant stopOf(Schedule schedule) {
        return Instant.ofEpochMilli(Math.floorDiv(schedule.lastTimeNs(), 1_000_000L) + 1);
    }

    /**
     * Streams {@code schedule} inside {@code job}, whose start must not be after {@link #startOf}; the job's own stop
     * time is replaced by {@link #stopOf}. Returns the stream's report and the DONE job's record.
     */
    public Outcome run(WriteJob job, Streamer streamer, Schedule schedule) {
        List<TimedMessage> firsts = schedule.takeFirstOfEachSource();
        streamer.sendNow(firsts);
        say("published the first message of each of " + firsts.size() + " sources before the run start");
        pool.waitIdle(1, JobDeadlines.IDLE_WRITER);
        StartedJob started = pool.startJob(job);
        started.command().awaitSuccess(JobDeadlines.START_ANSWER);
        pool.awaitCommandsRead(job, JobDeadlines.START_ANSWER);
        say("job " + job.jobId() + " started by " + started.job().writer() + "; streaming " + streamer.pace());
        StreamReport report = streamer.stream(schedule);
        Instant stop = stopOf(schedule);
        pool.setStopTime(job, stop, started.job().writer()).awaitSuccess(JobDeadlines.START_ANSWER);
        say("stop time set to " + stop + "; waiting for the writer to finish " + job.fileName());
        JobStatus done = started.job().awaitDone(endTimeout);
        return new Outcome(report, done);
    }

    /** What streaming inside a job gave: the stream's counts and rates, the job's last record. */
    public record Outcome(StreamReport stream, JobStatus job) {}

    private void say(String line) {
        if (out != null) {
            out.println("stream: " + line);
        }
    }
}
