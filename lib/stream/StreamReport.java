package lib.stream;

import java.time.Duration;
import java.util.Locale;

/** What a stream sent and how fast: messages, payload bytes and events over the wall time it took. */
public record StreamReport(long messages, long bytes, long events, Duration wallTime) {

    public double seconds() {
        return Math.max(wallTime.toNanos(), 1) / 1e9;
    }

    public double messagesPerSecond() {
        return messages / seconds();
    }

    /** Payload megabytes (10^6 bytes) per second. */
    public double megabytesPerSecond() {
        return bytes / 1e6 / seconds();
    }

    public double eventsPerSecond() {
        return events / seconds();
    }

    /** One line: "360000 messages (12.3 MB, 1000000 events) in 4.20 s: 85714 msg/s, 2.9 MB/s, 238095 events/s". */
    public String describe() {
        return String.format(
                Locale.ROOT,
                "%d messages (%.1f MB, %d events) in %.2f s: %.0f msg/s, %.1f MB/s, %.0f events/s",
                messages,
                bytes / 1e6,
                events,
                seconds(),
                messagesPerSecond(),
                megabytesPerSecond(),
                eventsPerSecond());
    }
}
