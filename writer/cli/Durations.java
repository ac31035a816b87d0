package writer.cli;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The writer's duration syntax: a number, optional decimals, an optional single space and an optional unit
 * ({@code ms}, {@code s}/{@code sec}, {@code m}/{@code min}, {@code h}). No unit means seconds, as in kafka-to-nexus.
 */
public final class Durations {
    private static final Pattern SYNTAX = Pattern.compile("(\\d+(?:\\.\\d+)?) ?(ms|s|sec|m|min|h)?");

    private Durations() {}

    public static Duration parse(String text) {
        Matcher matcher = SYNTAX.matcher(text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException(
                    "\"" + text + "\" is not a duration; write e.g. 2000ms, 2s, 1.5 min or 1h");
        }
        double amount = Double.parseDouble(matcher.group(1));
        String unit = matcher.group(2) == null ? "s" : matcher.group(2);
        double millisPerUnit =
                switch (unit) {
                    case "ms" -> 1;
                    case "s", "sec" -> 1_000;
                    case "m", "min" -> 60_000;
                    case "h" -> 3_600_000;
                    default -> throw new IllegalStateException("unit " + unit);
                };
        return Duration.ofMillis(Math.round(amount * millisPerUnit));
    }
}
