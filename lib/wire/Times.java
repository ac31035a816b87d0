package lib.wire;

import java.time.Instant;

/** Conversions between the wire's integer times and {@link Instant}. */
final class Times {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private Times() {}

    /** Milliseconds since the epoch; null (no time) is 0 on the wire. */
    static long toMillis(Instant time) {
        return time == null ? 0 : time.toEpochMilli();
    }

    /** The inverse of {@link #toMillis}: 0 on the wire is null (no time, or "now"). */
    static Instant fromMillis(long millis) {
        return millis == 0 ? null : Instant.ofEpochMilli(millis);
    }

    static long toNanos(Instant time) {
        return time == null
                ? 0
                : Math.addExact(Math.multiplyExact(time.getEpochSecond(), NANOS_PER_SECOND), time.getNano());
    }

    static Instant fromNanos(long nanos) {
        return Instant.ofEpochSecond(Math.floorDiv(nanos, NANOS_PER_SECOND), Math.floorMod(nanos, NANOS_PER_SECOND));
    }
}
