package lib.stream;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What to stream: synthetic logs, synthetic events and the events of a NeXus file (each optional, null = none),
 * all from {@code start} for {@code duration} of data time. A file's events keep their spacing from {@code start}
 * and are cut at {@code duration}, or all sent when {@code duration} is null. {@link #schedule()} makes the
 * messages afresh each time, so the same plan can be streamed and later regenerated to check what arrived.
 */
public record StreamPlan(
        Instant start, Duration duration, LogSettings logs, EventSettings events, EventFileSettings eventFile) {

    /** Synthetic data needs a duration; {@code duration} null is only for a file's whole span. */
    public StreamPlan {
        if (duration == null && (logs != null || events != null)) {
            throw new IllegalArgumentException("synthetic data needs a duration (--duration)");
        }
        if (duration != null && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("the duration must be positive, not " + duration);
        }
    }

    /**
     * The same plan shifted so that its last message lies at {@code now}: for compressed data when no start is
     * given, so that hours streamed in seconds end about now instead of lying in the future, where a writer would
     * wait for them.
     */
    public StreamPlan endingAt(Instant now) {
        Schedule schedule = schedule();
        Instant first = now.minusNanos(schedule.lastTimeNs() - schedule.firstTimeNs());
        return new StreamPlan(first, duration, logs, events, eventFile);
    }

    public Schedule schedule() {
        return new Schedule(sources());
    }

    /** The sources, logs first, then synthetic events, then the file's groups. */
    public List<MessageSource> sources() {
        long startNs = Math.addExact(Math.multiplyExact(start.getEpochSecond(), 1_000_000_000L), start.getNano());
        List<MessageSource> sources = new ArrayList<>();
        if (logs != null) {
            for (int i = 0; i < logs.sourceCount(); i++) {
                sources.add(new SyntheticLog(logs, i, startNs, duration.toNanos()));
            }
        }
        if (events != null) {
            sources.add(new SyntheticEvents(events, startNs, duration.toNanos()));
        }
        if (eventFile != null) {
            long limit = duration == null ? 0 : duration.toNanos();
            for (EventGroup group : NexusEventFile.read(eventFile.file())) {
                sources.add(new NexusEvents(
                        group, eventFile.schema(), eventFile.topic(), eventFile.pulsesPerMessage(), startNs, limit));
            }
        }
        return sources;
    }

    /** The topics the plan publishes to. */
    public List<String> topics() {
        List<String> topics = new ArrayList<>();
        if (logs != null && logs.sourceCount() > 0) {
            topics.add(logs.topic());
        }
        if (events != null) {
            topics.add(events.topic());
        }
        if (eventFile != null) {
            topics.add(eventFile.topic());
        }
        return topics.stream().distinct().toList();
    }
}
