package lib.stream;

/**
 * The instants of something happening at a steady rate: tick k at {@code startNs + round(k × 10^9 / rateHz)}, for
 * k = 0 .. count−1. Rounding each tick from the start (instead of adding a rounded period) keeps a long series
 * from drifting.
 */
public record Ticks(long startNs, double rateHz, long count) {

    public Ticks {
        if (!(rateHz > 0) || Double.isInfinite(rateHz)) {
            throw new IllegalArgumentException("a rate must be a positive number of Hz, not " + rateHz);
        }
        if (count < 0) {
            throw new IllegalArgumentException("a tick count cannot be negative: " + count);
        }
    }

    /** The ticks at {@code rateHz} from {@code startNs} that fall before {@code startNs + durationNs}. */
    public static Ticks within(long startNs, long durationNs, double rateHz) {
        Ticks unbounded = new Ticks(0, rateHz, 0);
        // Estimated in floating point, then settled on the tick times themselves, so rounding never adds or drops one.
        long count = Math.max(0, (long) Math.floor(durationNs * rateHz / 1e9));
        while (unbounded.timeNs(count) < durationNs) {
            count++;
        }
        while (count > 0 && unbounded.timeNs(count - 1) >= durationNs) {
            count--;
        }
        return new Ticks(startNs, rateHz, count);
    }

    public long timeNs(long index) {
        return startNs + Math.round(index * 1e9 / rateHz);
    }

    public long lastNs() {
        return count == 0 ? startNs : timeNs(count - 1);
    }
}
