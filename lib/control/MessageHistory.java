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
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    private final int perTopic;
    private final Map<String, Deque<String>> linesByTopic = new LinkedHashMap<>();

    MessageHistory(int perTopic) {
        this.perTopic = perTopic;
    }

    /** Names a topic being read, so an empty history says where nothing arrived. */
    synchronized void listening(String topic) {
        linesByTopic.computeIfAbsent(topic, key -> new ArrayDeque<>());
    }

    synchronized void record(String topic, Instant receivedAt, String line) {
        Deque<String> lines = linesByTopic.computeIfAbsent(topic, key -> new ArrayDeque<>());
        if (lines.size() == perTopic) {
            lines.removeFirst();
        }
        lines.addLast(TIME.format(receivedAt) + " " + line);
    }

    /** Every topic's recent lines, oldest first, and the topics read where nothing arrived. */
    synchronized String render() {
        StringBuilder text = new StringBuilder();
        linesByTopic.forEach((topic, lines) -> {
            if (lines.isEmpty()) {
                text.append("No messages received on ").append(topic).append(".\n");
                return;
            }
            text.append("Last ")
                    .append(lines.size())
                    .append(" messages on ")
                    .append(topic)
                    .append(" (UTC):\n");
            lines.forEach(line -> text.append("  ").append(line).append('\n'));
        });
        return text.length() == 0 ? "No topic read yet.\n" : text.toString();
    }
}
