package lib.containers;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The harness process that owns containers: its PID and start time, which together tell a process that still runs
 * from a later one that was given the same PID. Things of a run whose owner is gone were left by a killed run.
 */
public record RunOwner(long pid, Instant started) {
    /** This JVM. */
    public static RunOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new RunOwner(self.pid(), startOf(self).orElse(Instant.EPOCH));
    }

    /** Kept to the millisecond, so that it survives being written as epoch milliseconds. */
    public RunOwner {
        started = started.truncatedTo(ChronoUnit.MILLIS);
    }

    /** True while process {@code pid} runs and started at {@code started}. */
    public boolean alive() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .flatMap(RunOwner::startOf)
                .map(start -> start.truncatedTo(ChronoUnit.MILLIS).equals(started))
                .orElse(false);
    }

    private static Optional<Instant> startOf(ProcessHandle process) {
        return process.info().startInstant();
    }
}
