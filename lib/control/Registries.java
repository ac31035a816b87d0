package lib.control;

import java.time.Clock;
import java.time.Instant;

/**
 * The three registries of catalogue §1.2, and how each received message updates them. The order of the updates
 * matters to waiting threads: whoever sees the later change also sees the earlier one, so a start's SUCCESS is
 * never seen before its writer counts as WRITING, nor a writer IDLE again before its job is DONE.
 */
final class Registries {
    final WorkerRegistry workers;
    final JobRegistry jobs;
    final CommandRegistry commands;

    Registries(Clock clock, WorkerPoolSettings settings) {
        workers = new WorkerRegistry(clock, settings.workerSilence());
        jobs = new JobRegistry(clock, settings.jobSilence());
        commands = new CommandRegistry(clock, settings.commandTimeout());
    }

    void apply(ControlEvent event) {
        if (event instanceof StatusSeen status) {
            workers.onStatus(status);
            jobs.onStatus(status);
        } else if (event instanceof AnswerSeen answer) {
            workers.onReply(answer);
            jobs.onAnswer(answer);
            commands.onAnswer(answer);
        } else if (event instanceof FinishedSeen finished) {
            jobs.onFinished(finished, JsonText.parse(finished.metadata()));
            workers.onFinished(finished.serviceId());
        } else if (event instanceof StartSeen start) {
            jobs.onStart(start);
            commands.onSeen(start.jobId(), start.jobId());
        } else if (event instanceof StopSeen stop) {
            commands.onSeen(stop.commandId(), stop.jobId());
        }
    }

    /**
     * A message sent at {@code at}, before the pool opened (its status look-back): it only tells what state its
     * writer was in. Jobs and commands of earlier controllers are not this pool's.
     */
    void applyEarlier(ControlEvent event, Instant at) {
        if (event instanceof StatusSeen status) {
            workers.onStatus(status, at);
        } else if (event instanceof AnswerSeen answer) {
            workers.onReply(answer, at);
        } else if (event instanceof FinishedSeen finished) {
            workers.onFinished(finished.serviceId(), at);
        }
    }
}
