package lib.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lib.wire.ActionOutcome;
import lib.wire.ActionType;

/** Writers by service id; created by any x5f2, answ or wrdn (catalogue §1.2). Thread-safe. */
final class WorkerRegistry {
    private final Map<String, Worker> workers = new HashMap<>();
    private final Clock clock;
    private final Duration silence;
    private long statusCount;
    private long longestStatusIntervalMs;

    WorkerRegistry(Clock clock, Duration silence) {
        this.clock = clock;
        this.silence = silence;
    }

    synchronized void onStatus(StatusSeen status) {
        onStatus(status, clock.instant());
    }

    synchronized void onStatus(StatusSeen status, Instant at) {
        heard(status.serviceId(), status.workerState(), at);
        statusCount++;
        longestStatusIntervalMs = Math.max(longestStatusIntervalMs, status.updateIntervalMs());
    }

    /**
     * A reply shows its writer is alive; an accepted start also shows it now writes. The catalogue takes the state
     * from x5f2 alone, but then a WAIT_NONE_WRITING right after a START could pass on the writer's last idle status.
     */
    synchronized void onReply(AnswerSeen answer) {
        onReply(answer, clock.instant());
    }

    synchronized void onReply(AnswerSeen answer, Instant at) {
        boolean started = answer.action() == ActionType.START_JOB && answer.outcome() == ActionOutcome.SUCCESS;
        heard(answer.serviceId(), started ? WorkerState.WRITING : null, at);
    }

    synchronized void onFinished(String serviceId) {
        onFinished(serviceId, clock.instant());
    }

    synchronized void onFinished(String serviceId, Instant at) {
        heard(serviceId, WorkerState.IDLE, at);
    }

    private void heard(String serviceId, WorkerState stateOrNull, Instant at) {
        Worker known = workers.get(serviceId);
        Worker fresh = known == null
                ? new Worker(serviceId, stateOrNull == null ? WorkerState.UNKNOWN : stateOrNull, at)
                : known.heardAgain(stateOrNull, at);
        workers.put(serviceId, fresh);
    }

    synchronized List<Worker> all() {
        Instant now = clock.instant();
        List<Worker> result = new ArrayList<>();
        workers.values().forEach(worker -> result.add(worker.asOf(now, silence)));
        result.sort((a, b) -> a.serviceId().compareTo(b.serviceId()));
        return result;
    }

    synchronized long statusCount() {
        return statusCount;
    }

    /** The longest status interval any writer announced; 0 before the first status. */
    synchronized Duration longestStatusInterval() {
        return Duration.ofMillis(longestStatusIntervalMs);
    }
}
