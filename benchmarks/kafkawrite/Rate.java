
import java.util.Locale;

/** A measured rate: count of messages and bytes over a time. */
record Rate(long messages, long bytes, double seconds) {
    double messagesPerSecond() {
        return messages / seconds;
    }

    double megabytesPerSecond() {
        return bytes / seconds / 1e6;
    }

    /** MB/s for ev44 (its bytes are what costs), messages/s for f144 (its per-message work is). */
    double headline(boolean ev44) {
        return ev44 ? megabytesPerSecond() : messagesPerSecond();
    }

    String brief(boolean ev44) {
        if (Double.isNaN(seconds)) {
            return "-";
        }
        return ev44
                ? String.format(Locale.ROOT, "%.0f MB/s", megabytesPerSecond())
                : String.format(Locale.ROOT, "%.0f k msg/s", messagesPerSecond() / 1e3);
    }

    String describe() {
        return String.format(
                Locale.ROOT,
                "%d messages, %.1f MB in %.2f s: %.0f messages/s, %.1f MB/s",
                messages,
                bytes / 1e6,
                seconds,
                messagesPerSecond(),
                megabytesPerSecond());
    }
}
