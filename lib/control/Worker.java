package lib.control;

import java.time.Duration;
import java.time.Instant;

/** A writer as the controller last heard of it, keyed by its service id. */
public record Worker(String serviceId, WorkerState state, Instant lastHeard) {

    /** Not heard from for longer than {@code silence} reads as UNAVAILABLE; the next message revives it. */
    Worker asOf(Instant now, Duration silence) {
        return lastHeard.plus(silence).isBefore(now) ? new Worker(serviceId, WorkerState.UNAVAILABLE, lastHeard) : this;
    }

    Worker heardAgain(WorkerState newState, Instant at) {
        return new Worker(serviceId, newState == null ? state : newState, at);
    }
}
