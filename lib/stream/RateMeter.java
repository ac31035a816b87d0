package lib.stream;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import lib.wire.DataMessage;
import lib.wire.EventData;

/**
 * Counts what a stream sends and prints a progress line at most once per {@code interval}: how far it is, and the
 * rates since the start.
 */
final class RateMeter {
    private final PrintStream out;
    private final Duration interval;
    private final long startNanos = System.nanoTime();
    private long lastPrintNanos = startNanos;
    private long messages;
    private long bytes;
    private long events;

    RateMeter(PrintStream out, Duration interval) {
        this.out = out;
        this.interval = interval;
    }

    void count(DataMessage message, int size) {
        messages++;
        bytes += size;
        if (message instanceof EventData data) {
            events += data.timeOfFlight().length;
        }
    }

    /** Prints a progress line if {@code interval} has passed since the last one. */
    void maybePrint(Schedule schedule) {
        long now = System.nanoTime();
        if (out == null || now - lastPrintNanos < interval.toNanos()) {
            return;
        }
        lastPrintNanos = now;
        StreamReport sofar = report();
        long dataSeconds = schedule.hasNext()
                ? (schedule.nextTimeNs() - schedule.firstTimeNs()) / 1_000_000_000L
                : (schedule.lastTimeNs() - schedule.firstTimeNs()) / 1_000_000_000L;
        out.printf(
                Locale.ROOT,
                "stream: %d of %d messages (%.0f%%), data time +%s: %.0f msg/s, %.1f MB/s%n",
                schedule.taken(),
                schedule.total(),
                100.0 * schedule.taken() / Math.max(1, schedule.total()),
                clock(dataSeconds),
                sofar.messagesPerSecond(),
                sofar.megabytesPerSecond());
    }

    StreamReport report() {
        return new StreamReport(messages, bytes, events, Duration.ofNanos(System.nanoTime() - startNanos));
    }

    private static String clock(long seconds) {
        return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
