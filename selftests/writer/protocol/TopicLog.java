package selftests.writer.protocol;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import lib.wire.ActionResponse;
import lib.wire.FinishedWriting;
import lib.wire.Identifier;
import lib.wire.Message;
import lib.wire.Messages;
import lib.wire.Status;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/** Everything published on one topic from the moment it was opened, decoded, with waits on what arrives. */
final class TopicLog implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(30);

    /** One record: its identifier ("" if it has none), the decoded message (null if unknown) and Kafka time. */
    record Seen(String identifier, Message message, byte[] bytes, long timestamp) {}

    private final String topic;
    private final TopicReader reader;
    private final List<Seen> seen = new ArrayList<>();

    private TopicLog(String topic, TopicReader reader) {
        this.topic = topic;
        this.reader = reader;
    }

    static TopicLog fromEnd(Kafka kafka, String topic) {
        return new TopicLog(topic, TopicReader.fromEnd(kafka, topic));
    }

    List<Seen> seen() {
        return List.copyOf(seen);
    }

    /** Reads for the given time, then returns everything seen so far. */
    List<Seen> collectFor(Duration duration) {
        long deadline = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < deadline) {
            pollOnce(Duration.ofMillis(Math.max(1, Math.min(200, (deadline - System.nanoTime()) / 1_000_000))));
        }
        return seen();
    }

    /** The first message (seen before or arriving within the timeout) of this type that matches. */
    <T extends Message> T await(String what, Class<T> type, Predicate<T> matches, Duration timeout) {
        return awaitSince(0, what, type, matches, timeout);
    }

    /** A mark for {@link #awaitSince}: the number of records seen so far. */
    int mark() {
        return seen.size();
    }

    /** As {@link #await}, but only among records seen after {@code mark}. */
    <T extends Message> T awaitSince(int mark, String what, Class<T> type, Predicate<T> matches, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        int checked = mark;
        while (true) {
            for (; checked < seen.size(); checked++) {
                Message message = seen.get(checked).message();
                if (type.isInstance(message) && matches.test(type.cast(message))) {
                    return type.cast(message);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toSeconds() + " s on " + topic + " for " + what
                        + "; last seen: " + (seen.isEmpty() ? "nothing" : describe(seen.get(seen.size() - 1))));
            }
            pollOnce(Duration.ofMillis(200));
        }
    }

    ActionResponse awaitAnswer(String what, Predicate<ActionResponse> matches) {
        return await(what, ActionResponse.class, matches, WAIT);
    }

    FinishedWriting awaitFinished(String jobId) {
        return await(
                "wrdn of job " + jobId,
                FinishedWriting.class,
                done -> done.jobId().equals(jobId),
                WAIT);
    }

    Status awaitStatus(String what, Predicate<Status> matches) {
        return await(what, Status.class, matches, WAIT);
    }

    <T extends Message> List<T> all(Class<T> type) {
        return seen.stream()
                .map(Seen::message)
                .filter(type::isInstance)
                .map(type::cast)
                .toList();
    }

    List<String> identifiers() {
        return seen.stream().map(Seen::identifier).toList();
    }

    private void pollOnce(Duration timeout) {
        for (ConsumerRecord<byte[], byte[]> record : reader.poll(timeout)) {
            seen.add(decode(record));
        }
    }

    private static Seen decode(ConsumerRecord<byte[], byte[]> record) {
        byte[] bytes = record.value();
        String identifier = bytes != null && bytes.length >= 8 ? Identifier.of(bytes) : "";
        Message message;
        try {
            message = Messages.isKnown(bytes) ? Messages.parse(bytes) : null;
        } catch (RuntimeException e) {
            message = null;
        }
        return new Seen(identifier, message, bytes, record.timestamp());
    }

    private static String describe(Seen seen) {
        return seen.identifier() + " " + (seen.message() == null ? "(not decoded)" : seen.message());
    }

    @Override
    public void close() {
        reader.close();
    }
}
