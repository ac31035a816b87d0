package lib.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * The pool's one reading thread: reads the command/status topic from {@code opened} (or from its look-back before
 * that), and every control topic a job names from the time that job was sent, and feeds each message to the
 * registries and the history. The readers belong to this thread alone; other threads only queue topics to follow.
 */
final class StatusListener implements AutoCloseable {
    // Short: the readers take turns, so a record waits for the others' polls before it is seen.
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration STOP_WAIT = Duration.ofSeconds(10);

    private record Follow(String topic, Instant from) {}

    private final Kafka kafka;
    private final String commandTopic;
    private final Instant opened;
    private final Registries registries;
    private final MessageHistory history;
    private final Clock clock;
    private final List<TopicReader> readers = new ArrayList<>();
    private final Set<String> followed = ConcurrentHashMap.newKeySet();
    private final Queue<Follow> toFollow = new ConcurrentLinkedQueue<>();
    private final Map<String, String> followFailures = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * Returns once the command topic's read position is fixed: every later message will be seen, and those sent
     * within {@code lookBack} before {@code opened} as well.
     */
    StatusListener(
            Kafka kafka,
            String commandTopic,
            Instant opened,
            Duration lookBack,
            Registries registries,
            MessageHistory history,
            Clock clock) {
        this.kafka = kafka;
        this.commandTopic = commandTopic;
        this.opened = opened;
        this.registries = registries;
        this.history = history;
        this.clock = clock;
        readers.add(
                lookBack.isZero()
                        ? TopicReader.fromEnd(kafka, commandTopic)
                        : TopicReader.fromTime(kafka, commandTopic, opened.minus(lookBack)));
        followed.add(commandTopic);
        history.listening(commandTopic);
        thread = new Thread(this::readUntilClosed, "worker-pool " + commandTopic);
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads {@code topic} as well, from messages stamped {@code from} on; a topic read already is left as it is. */
    void follow(String topic, Instant from) {
        if (!topic.isEmpty() && followed.add(topic)) {
            toFollow.add(new Follow(topic, from));
        }
    }

    private void readUntilClosed() {
        try {
            while (running) {
                openQueuedTopics();
                for (TopicReader reader : readers) {
                    reader.poll(POLL).forEach(this::handle);
                }
            }
        } catch (RuntimeException failure) {
            history.record("(listener)", clock.instant(), "stopped reading: " + failure);
        } finally {
            readers.forEach(TopicReader::close);
        }
    }

    private void openQueuedTopics() {
        List<Follow> notYet = new ArrayList<>();
        for (Follow follow = toFollow.poll(); follow != null; follow = toFollow.poll()) {
            try {
                readers.add(TopicReader.fromTime(kafka, follow.topic(), follow.from()));
                history.listening(follow.topic());
            } catch (RuntimeException notReadable) {
                // Report each reason once; the topic may still appear, so keep trying.
                if (!notReadable.toString().equals(followFailures.put(follow.topic(), notReadable.toString()))) {
                    history.record(follow.topic(), clock.instant(), "cannot read yet: " + notReadable.getMessage());
                }
                notYet.add(follow);
            }
        }
        toFollow.addAll(notYet);
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        Instant now = clock.instant();
        ControlEvent event;
        try {
            event = MessageDecoder.decode(record.value());
        } catch (RuntimeException notControl) {
            // Anything else on these topics (wrong identifier, broken buffer, empty record) is only reported.
            history.record(record.topic(), now, "ignored: " + notControl.getMessage());
            return;
        }
        Instant sent = Instant.ofEpochMilli(record.timestamp());
        if (record.topic().equals(commandTopic) && sent.isBefore(opened)) {
            history.record(record.topic(), sent, "(before the pool opened) " + event.describe());
            registries.applyEarlier(event, sent);
            return;
        }
        history.record(record.topic(), now, event.describe());
        registries.apply(event);
        if (event instanceof StartSeen start) {
            follow(start.controlTopic(), Instant.ofEpochMilli(record.timestamp()));
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(STOP_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
