package lib.cli;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a duration as people write it: {@code 2h}, {@code 90s}, {@code 1h30m}, {@code 250ms}, or ISO {@code PT2H}. */
public final class DurationConverter implements ITypeConverter<Duration> {
    private static final Pattern PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");

    @Override
    public Duration convert(String value) {
        try {
            return parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }

    public static Duration parse(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.startsWith("pt")) {
            return Duration.parse(text);
        }
        Matcher part = PART.matcher(text);
        Duration total = Duration.ZERO;
        int end = 0;
        while (part.lookingAt()) {
            double amount = Double.parseDouble(part.group(1));
            long unitNanos =
                    switch (part.group(2)) {
                        case "h" -> 3_600_000_000_000L;
                        case "m" -> 60_000_000_000L;
                        case "s" -> 1_000_000_000L;
                        default -> 1_000_000L;
                    };
            total = total.plusNanos(Math.round(amount * unitNanos));
            end = part.end();
            part.region(end, text.length());
        }
        if (end == 0 || end != text.length()) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a duration; write it as 2h, 90s, 1h30m, 250ms or PT2H");
        }
        return total;
    }
}
