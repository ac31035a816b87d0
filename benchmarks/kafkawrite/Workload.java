
import java.time.Duration;
import java.time.Instant;

/**
 * One data topic and the job that writes it: ev44 messages 1 ms apart or f144 doubles 10 µs apart, all inside one
 * historical job window, then one marker message after the stop, as a live stream would have, on which the writer
 * ends the partition (protocol §6.1) instead of waiting for an end-offset check.
 */
record Workload(String kind, String topic, long messages, int eventsPerMessage) {
    /** The job window: historical, so the writer ends each partition at the marker record after the stop. */
    static final Instant WINDOW_START = Instant.parse("2020-06-01T00:00:00Z");

    private static final Duration EV44_SPACING = Duration.ofMillis(1);
    private static final Duration F144_SPACING = Duration.ofNanos(10_000);
    private static final Duration TIME_AFTER_STOP = Duration.ofSeconds(10);

    static Workload ev44(String topic, long events, int eventsPerMessage) {
        return new Workload("ev44", topic, events / eventsPerMessage, eventsPerMessage);
    }

    static Workload f144(String topic, long messages) {
        return new Workload("f144", topic, messages, 1);
    }

    boolean isEv44() {
        return kind.equals("ev44");
    }

    String label() {
        return kind + " " + scientific(expectedCount()) + (isEv44() ? " events" : " messages");
    }

    /** Events for ev44, values for f144: what the file must hold. */
    long expectedCount() {
        return messages * eventsPerMessage;
    }

    /** Message i's time: the data sits 1 s after the window's start, one spacing apart. */
    Instant messageTime(long index) {
        return WINDOW_START.plusSeconds(1).plus((isEv44() ? EV44_SPACING : F144_SPACING).multipliedBy(index));
    }

    Instant stop() {
        return messageTime(messages).plusSeconds(1);
    }

    /** The marker after the stop: a real stream goes on past the stop; the writer ends the partition on it. */
    Instant markerTime() {
        return stop().plus(TIME_AFTER_STOP).plusSeconds(1);
    }

    String group() {
        return isEv44() ? "events" : "motion";
    }

    /** The dataset that holds one entry per event (ev44) or per message (f144). */
    String checkedDataset() {
        return "/entry/" + group() + (isEv44() ? "/event_id" : "/value");
    }

    String structure() {
        String source = isEv44() ? "detector" : "motor";
        return """
            {"children": [{"type": "group", "name": "entry", "attributes": {"NX_class": "NXentry"},
              "children": [{"type": "group", "name": "%s",
                "children": [{"module": "%s", "config": {"topic": "%s", "source": "%s"}}]}]}]}"""
                .formatted(group(), kind, topic, source);
    }

    /** 10^7 as "1e7", other counts as they are. */
    static String scientific(long count) {
        int exponent = (int) Math.floor(Math.log10(count));
        return count == (long) Math.pow(10, exponent) ? "1e" + exponent : Long.toString(count);
    }
}
