package writer.cli;

import java.util.Locale;
import java.util.logging.Level;

/** The writer's log levels: names as kafka-to-nexus spells them, or their numbers 0 (Trace) to 6 (Off). */
enum Verbosity {
    TRACE(Level.FINEST),
    DEBUG(Level.FINE),
    INFO(Level.INFO),
    WARNING(Level.WARNING),
    ERROR(Level.SEVERE),
    CRITICAL(Level.SEVERE),
    OFF(Level.OFF);

    final Level julLevel;

    Verbosity(Level julLevel) {
        this.julLevel = julLevel;
    }

    static Verbosity parse(String text) {
        String trimmed = text.trim();
        if (trimmed.matches("[0-6]")) {
            return values()[Integer.parseInt(trimmed)];
        }
        for (Verbosity level : values()) {
            if (level.name().equalsIgnoreCase(trimmed) && level != OFF) {
                return level;
            }
        }
        throw new IllegalArgumentException("\"" + text
                + "\" is not a log level; use Critical, Error, Warning, Info, Debug, Trace or a number 0-6");
    }

    @Override
    public String toString() {
        return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
    }
}
