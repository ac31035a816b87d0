package lib.stream;

import java.util.Locale;

/** Nanoseconds per unit of a dataset's {@code units} attribute (absent: ns, as the writer writes them). */
final class TimeUnits {
    private TimeUnits() {}

    static double nanosPer(String units, String where) {
        if (units == null || units.isBlank()) {
            return 1;
        }
        return switch (units.trim().toLowerCase(Locale.ROOT)) {
            case "ns", "nanosecond", "nanoseconds" -> 1;
            case "us", "µs", "microsecond", "microseconds", "usec" -> 1e3;
            case "ms", "millisecond", "milliseconds", "msec" -> 1e6;
            case "s", "second", "seconds", "sec" -> 1e9;
            default -> throw new IllegalArgumentException(
                    where + ": units '" + units + "' are not a time unit (ns, us, ms or s)");
        };
    }
}
