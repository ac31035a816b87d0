package lib.control;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/** The last messages received per topic, one readable line each, for timeout messages. Thread-safe. */
final class MessageHistory {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final int perTopic;
    private final Map<String, Deque<String>> linesByTopic = new LinkedHashMap<>();

    MessageHistory(int perTopic) {
        this.perTopic = perTopic;
    }

    synchronized void record(String topic, Instant receivedAt, String line) {
        Deque<String> lines = linesByTopic.computeIfAbsent(topic, key -> new ArrayDeque<>());
        if (lines.size() == perTopic) {
            lines.removeFirst();
        }
        lines.addLast(TIME.format(receivedAt) + " " + line);
    }

    /** Every topic's recent lines, oldest first; says so when nothing arrived at all. */
    synchronized String render() {
        if (linesByTopic.isEmpty()) {
            return "No messages received on any topic.";
        }
        StringBuilder text = new StringBuilder();
        linesByTopic.forEach((topic, lines) -> {
            text.append("Last ").append(lines.size()).append(" messages on ").append(topic).append(" (UTC):\n");
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        });
        return text.toString();
    }
}
