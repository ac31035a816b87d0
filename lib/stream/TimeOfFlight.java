package lib.stream;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * How the time of flight (ns after the pulse) of synthetic events is drawn: {@code uniform:MIN:MAX} (every value
 * in [MIN, MAX) equally likely) or {@code gaussian:MEAN:SIGMA} (clipped at 0), in nanoseconds.
 */
public record TimeOfFlight(Shape shape, long first, long second) {

    /** The distributions the generator knows. */
    public enum Shape {
        UNIFORM,
        GAUSSIAN
    }

    /** A pulse at 14 Hz spans 71.4 ms: times of flight spread over all of it. */
    public static final TimeOfFlight DEFAULT = new TimeOfFlight(Shape.UNIFORM, 0, 71_000_000);

    public TimeOfFlight {
        if (shape == Shape.UNIFORM && (first < 0 || second <= first)) {
            throw new IllegalArgumentException("uniform:MIN:MAX needs 0 <= MIN < MAX, not " + first + ":" + second);
        }
        if (shape == Shape.GAUSSIAN && (first < 0 || second <= 0)) {
            throw new IllegalArgumentException(
                    "gaussian:MEAN:SIGMA needs MEAN >= 0 and SIGMA > 0, not " + first + ":" + second);
        }
        if (second > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("times of flight are int32 ns: at most " + Integer.MAX_VALUE);
        }
    }

    /** Reads {@code uniform:MIN:MAX} or {@code gaussian:MEAN:SIGMA} (ns). */
    public static TimeOfFlight parse(String text) {
        String[] parts = text.trim().toLowerCase(Locale.ROOT).split(":");
        if (parts.length != 3 || !(parts[0].equals("uniform") || parts[0].equals("gaussian"))) {
            throw new IllegalArgumentException(
                    "time of flight '" + text + "': use uniform:MIN:MAX or gaussian:MEAN:SIGMA (ns)");
        }
        try {
            return new TimeOfFlight(
                    Shape.valueOf(parts[0].toUpperCase(Locale.ROOT)),
                    Long.parseLong(parts[1]),
                    Long.parseLong(parts[2]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("time of flight '" + text + "': MIN, MAX, MEAN, SIGMA are whole ns");
        }
    }

    /** One time of flight. */
    public int draw(SplittableRandom random) {
        if (shape == Shape.UNIFORM) {
            return (int) random.nextLong(first, second);
        }
        double value = first + second * random.nextGaussian();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, Math.round(value)));
    }

    @Override
    public String toString() {
        return shape.name().toLowerCase(Locale.ROOT) + ":" + first + ":" + second;
    }
}
