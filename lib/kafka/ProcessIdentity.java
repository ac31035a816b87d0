package lib.kafka;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * One process, named by its PID and its start time: a PID alone may be reused by an unrelated process once the first
 * has ended. Start times are compared with a tolerance because each JVM derives them from the boot time in
 * /proc/stat, which the kernel reports to the second and which can differ by one between readings.
 */
public record ProcessIdentity(long pid, Instant started) {
    /** Far more than the boot time's jitter; far less than the time the kernel takes to hand out a PID again. */
    static final Duration TOLERANCE = Duration.ofSeconds(2);

    /** {@code process}, if it still runs (an ended one has no start time). */
    public static Optional<ProcessIdentity> of(ProcessHandle process) {
        return process.info().startInstant().map(started -> new ProcessIdentity(process.pid(), started));
    }

    /** This JVM. */
    public static ProcessIdentity current() {
        return of(ProcessHandle.current()).orElseThrow();
    }

    /** Parses what {@link #toString()} wrote ("PID START"); empty for anything else. */
    static Optional<ProcessIdentity> parse(String pid, String started) {
        try {
            return Optional.of(new ProcessIdentity(Long.parseLong(pid), Instant.parse(started)));
        } catch (NumberFormatException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The process, if one with this PID runs and started when this one did. */
    public Optional<ProcessHandle> running() {
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process ->
                        process.info().startInstant().map(this::startedAt).orElse(false));
    }

    /** Whether {@code time} is this process's start time, as far as start times can be told apart. */
    boolean startedAt(Instant time) {
        return Duration.between(started, time).abs().compareTo(TOLERANCE) <= 0;
    }

    @Override
    public String toString() {
        return pid + " " + started;
    }
}
