package lib.fuzz;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads durations like {@code 90s}, {@code 10m}, {@code 2h}, {@code 1h30m} (no unit: seconds). */
public final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+)(h|m|s|ms)?");

    @Override
    public Duration convert(String value) {
        Duration total = Duration.ZERO;
        Matcher matcher = PART.matcher(value.trim());
        int end = 0;
        while (matcher.find() && matcher.start() == end) {
            long amount = Long.parseLong(matcher.group(1));
            String unit = matcher.group(2) == null ? "s" : matcher.group(2);
            total = total.plus(
                    switch (unit) {
                        case "h" -> Duration.ofHours(amount);
                        case "m" -> Duration.ofMinutes(amount);
                        case "ms" -> Duration.ofMillis(amount);
                        default -> Duration.ofSeconds(amount);
                    });
            end = matcher.end();
        }
        if (end == 0 || end != value.trim().length() || total.isZero()) {
            throw new TypeConversionException("'" + value + "' is no duration; write e.g. 90s, 10m, 2h or 1h30m");
        }
        return total;
    }
}
