package lib.control;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lib.wire.ActionOutcome;
import lib.wire.ActionType;

/** Jobs by job id, following catalogue §1.2. Thread-safe. */
final class JobRegistry {
    private final Map<String, JobStatus> jobs = new HashMap<>();
    private final Clock clock;
    private final Duration silence;

    JobRegistry(Clock clock, Duration silence) {
        this.clock = clock;
        this.silence = silence;
    }

    /** This controller put the job on the pool; sending an id again starts its record afresh. */
    synchronized void onSent(WriteJob job) {
        jobs.put(
                job.jobId(),
                JobStatus.waiting(job.jobId(), job.fileName(), job.serviceId(), job.controlTopic(), clock.instant()));
    }

    /** A run start read back (e.g. a HEAD writer's echo) creates an unknown job but never replaces a known one. */
    synchronized void onStart(StartSeen start) {
        Instant now = clock.instant();
        JobStatus known = jobs.get(start.jobId());
        jobs.put(
                start.jobId(),
                known == null
                        ? JobStatus.waiting(
                                start.jobId(), start.fileName(), start.serviceId(), start.controlTopic(), now)
                        : known.touched(now));
    }

    synchronized void onStatus(StatusSeen status) {
        if (status.workerState() != WorkerState.WRITING || status.jobId().isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        JobStatus known = jobs.get(status.jobId());
        // Status and wrdn may travel on different topics; a late "writing" must not reopen a finished job.
        if (known != null && known.state().isFinal()) {
            return;
        }
        JobStatus base = known != null ? known : JobStatus.waiting(status.jobId(), "", "", "", now);
        jobs.put(
                status.jobId(),
                base.withState(JobState.WRITING, now)
                        .withWriter(status.serviceId(), status.fileBeingWritten(), status.statusJson(), now));
    }

    synchronized void onAnswer(AnswerSeen answer) {
        Instant now = clock.instant();
        JobStatus known = jobs.get(answer.jobId());
        boolean startReply =
                answer.action() == ActionType.START_JOB && !answer.jobId().isEmpty();
        if (known == null && !startReply) {
            return;
        }
        JobStatus job = known != null ? known : JobStatus.waiting(answer.jobId(), "", "", "", now);
        if (startReply && !job.state().isFinal()) {
            job = job.withState(answer.outcome() == ActionOutcome.SUCCESS ? JobState.WRITING : JobState.ERROR, now);
        }
        jobs.put(answer.jobId(), job.withReply(answer.serviceId(), answer.message(), answer.statusCode(), now));
    }

    synchronized void onFinished(FinishedSeen finished, JsonNode metadata) {
        Instant now = clock.instant();
        JobStatus known = jobs.get(finished.jobId());
        JobStatus base = known != null ? known : JobStatus.waiting(finished.jobId(), "", "", "", now);
        jobs.put(
                finished.jobId(),
                base.withState(finished.errorEncountered() ? JobState.ERROR : JobState.DONE, now)
                        .withWriter(finished.serviceId(), finished.fileName(), metadata, now)
                        .withReply(finished.serviceId(), finished.message(), base.statusCode(), now));
    }

    synchronized Optional<JobStatus> find(String jobId) {
        return Optional.ofNullable(jobs.get(jobId)).map(job -> job.asOf(clock.instant(), silence));
    }

    synchronized List<JobStatus> all() {
        Instant now = clock.instant();
        List<JobStatus> result = new ArrayList<>();
        jobs.values().forEach(job -> result.add(job.asOf(now, silence)));
        return result;
    }
}
