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
        double exact = durationNs * rateHz / 1e9;
        // A duration of exactly n periods holds n ticks (0 .. n−1), not n+1; the tolerance absorbs rounding.
        long count = Math.max(0, (long) Math.ceil(exact - 1e-6));
        return new Ticks(startNs, rateHz, count);
    }

    public long timeNs(long index) {
        return startNs + Math.round(index * 1e9 / rateHz);
    }

    public long lastNs() {
        return count == 0 ? startNs : timeNs(count - 1);
    }
}
