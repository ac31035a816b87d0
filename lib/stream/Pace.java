package lib.stream;

import java.time.Duration;
import java.util.Locale;

/**
 * How fast data time passes on the wall clock: {@code speed} seconds of data per second ({@code 1}: as recorded,
 * {@code 720}: two hours in ten seconds), or {@link #UNLIMITED}: as fast as the broker takes it. The messages keep
 * their timestamps either way; only when they are sent changes.
 */
public record Pace(double speed) {
    public static final Pace CLOCK = new Pace(1);
    public static final Pace UNLIMITED = new Pace(Double.POSITIVE_INFINITY);

    public Pace {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("a speed must be above 0, not " + speed + "; use max for no pacing");
        }
    }

    /** Reads {@code 1}, {@code 720}, {@code 720x}, or {@code max} (also {@code unlimited}, {@code inf}). */
    public static Pace parse(String text) {
        String spelling = text.trim().toLowerCase(Locale.ROOT);
        if (spelling.equals("max") || spelling.equals("unlimited") || spelling.equals("inf")) {
            return UNLIMITED;
        }
        if (spelling.endsWith("x")) {
            spelling = spelling.substring(0, spelling.length() - 1);
        }
        try {
            return new Pace(Double.parseDouble(spelling));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("speed '" + text + "': give a factor such as 1, 60 or 720x, or max");
        }
    }

    public boolean isUnlimited() {
        return Double.isInfinite(speed);
    }

    /** When (after the stream's start, on the wall clock) the data {@code dataOffsetNs} after its start is due. */
    public long wallOffsetNs(long dataOffsetNs) {
        return isUnlimited() ? 0 : Math.round(dataOffsetNs / speed);
    }

    /** How long streaming {@code data} takes at this pace. */
    public Duration wallTimeOf(Duration data) {
        return Duration.ofNanos(wallOffsetNs(data.toNanos()));
    }

    @Override
    public String toString() {
        if (isUnlimited()) {
            return "as fast as possible";
        }
        return speed == 1
                ? "real time"
                : (speed == Math.rint(speed) ? Long.toString((long) speed) : Double.toString(speed)) + "x real time";
    }
}
