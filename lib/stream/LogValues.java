package lib.stream;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The values synthetic logs take, as a function of the source's index and the message's number. */
public enum LogValues {
    /** {@code source × 1 000 000 + n}: every value tells which message it was, exactly (a double holds it). */
    RAMP {
        @Override
        public double valueOf(int source, long message) {
            return source * 1_000_000.0 + message;
        }
    },
    /** A slow wave per source (period 60 messages), offset by the source's index: looks like a real reading. */
    SINE {
        @Override
        public double valueOf(int source, long message) {
            return source + Math.sin(2 * Math.PI * message / 60.0);
        }
    };

    public abstract double valueOf(int source, long message);

    public static LogValues parse(String text) {
        try {
            return valueOf(text.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("log values '" + text + "': use "
                    + Arrays.stream(values())
                            .map(v -> v.name().toLowerCase(Locale.ROOT))
                            .collect(Collectors.joining(" or ")));
        }
    }
}
