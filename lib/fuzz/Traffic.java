package lib.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.zip.CRC32;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import lib.wire.ActionResponse;
import lib.wire.FinishedWriting;
import lib.wire.Identifier;
import lib.wire.Status;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Everything the writers publish on the topics answers and status travel on, read by one thread from the moment it
 * opens: answs in arrival order, wrdns by job id, the last status of each service id. Messages the fuzzer sent to
 * those topics itself (a fake answ among the inputs) are recognised by their bytes and left out.
 */
final class Traffic implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(10);
    private static final Duration AWAIT_POLL = Duration.ofMillis(10);

    record Answer(String topic, Instant at, ActionResponse answer) {}

    private record Finished(Instant at, FinishedWriting wrdn) {}

    private record Reading(String topic, TopicReader reader) {}

    private final List<Reading> readers = new ArrayList<>();
    private final List<Answer> answers = new ArrayList<>();
    /** Answers dropped by {@link #forget()}: indices count from the first answer ever read. */
    private int forgotten;

    private final Map<String, Finished> finished = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastStatus = new ConcurrentHashMap<>();
    private final Map<String, String> lastStatusJson = new ConcurrentHashMap<>();
    private final Set<Long> ownMessages = ConcurrentHashMap.newKeySet();
    /** Readers handed over by {@link #follow}; the reading thread takes them into {@link #readers}. */
    private final java.util.Queue<Reading> joining = new java.util.concurrent.ConcurrentLinkedQueue<>();

    private final Set<String> leaving = ConcurrentHashMap.newKeySet();
    private final Thread thread;
    private volatile boolean running = true;
    /** Why the reading thread stopped, if it did: then nothing the writers publish is seen any more. */
    private volatile RuntimeException fatal;

    Traffic(Kafka kafka, List<String> topics) {
        try {
            for (String topic : topics) {
                readers.add(new Reading(topic, TopicReader.fromEnd(kafka, topic)));
            }
        } catch (RuntimeException e) {
            readers.forEach(reading -> reading.reader().close());
            throw e;
        }
        thread = new Thread(this::read, "fuzz traffic");
        thread.setDaemon(true);
        thread.start();
    }

    /** Reads {@code topic} as well, from its end as of now: everything sent to it after this returns is seen. */
    void follow(Kafka kafka, String topic) {
        joining.add(new Reading(topic, TopicReader.fromEnd(kafka, topic)));
    }

    /** Stops reading {@code topic} (before it is deleted); returns once its reader is closed. */
    void unfollow(String topic) {
        leaving.add(topic);
        try {
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .pollInterval(AWAIT_POLL)
                    .until(() -> !leaving.contains(topic));
        } catch (ConditionTimeoutException e) {
            // The reading thread is gone; nothing reads the topic any more.
        }
    }

    /** Marks bytes the fuzzer is about to send to a topic read here, so they are not taken for a writer's. */
    void ignore(byte[] bytes) {
        ownMessages.add(fingerprint(bytes));
    }

    private void read() {
        try {
            while (running) {
                for (Reading reading = joining.poll(); reading != null; reading = joining.poll()) {
                    readers.add(reading);
                }
                readers.removeIf(reading -> {
                    boolean gone = leaving.remove(reading.topic());
                    if (gone) {
                        reading.reader().close();
                    }
                    return gone;
                });
                for (Reading reading : readers) {
                    try {
                        for (ConsumerRecord<byte[], byte[]> record :
                                reading.reader().poll(POLL)) {
                            handle(record);
                        }
                    } catch (org.apache.kafka.common.KafkaException e) {
                        // A topic deleted under its reader, a broker hiccup: the next poll tries again.
                    }
                }
            }
        } catch (RuntimeException e) {
            fatal = e;
        }
    }

    private void handle(ConsumerRecord<byte[], byte[]> record) {
        byte[] bytes = record.value();
        if (bytes == null || bytes.length < 8 || ownMessages.contains(fingerprint(bytes))) {
            return;
        }
        Instant now = Instant.now();
        try {
            switch (Identifier.of(bytes)) {
                case ActionResponse.IDENTIFIER -> {
                    ActionResponse answer = ActionResponse.parse(bytes);
                    synchronized (answers) {
                        answers.add(new Answer(record.topic(), now, answer));
                    }
                }
                case FinishedWriting.IDENTIFIER -> {
                    FinishedWriting wrdn = FinishedWriting.parse(bytes);
                    finished.put(wrdn.jobId(), new Finished(now, wrdn));
                }
                case Status.IDENTIFIER -> {
                    Status status = Status.parse(bytes);
                    lastStatusJson.put(status.serviceId(), status.statusJson());
                    lastStatus.put(status.serviceId(), now);
                }
                default -> {}
            }
        } catch (RuntimeException malformed) {
            // A writer's message that does not parse is not an answer either; the answer check misses it.
        }
    }

    /** How many answs were read so far; a mark for {@link #answersFrom}. */
    int answerCount() {
        synchronized (answers) {
            return forgotten + answers.size();
        }
    }

    List<Answer> answersFrom(int index) {
        synchronized (answers) {
            int from = Math.max(0, Math.min(index - forgotten, answers.size()));
            return List.copyOf(answers.subList(from, answers.size()));
        }
    }

    /** Drops the answs and wrdns read so far (between batches), so a long run does not keep them all. */
    void forget() {
        synchronized (answers) {
            forgotten += answers.size();
            answers.clear();
        }
        finished.clear();
    }

    Optional<Answer> firstAnswer(int from, Predicate<ActionResponse> matches) {
        return answersFrom(from).stream()
                .filter(answer -> matches.test(answer.answer()))
                .findFirst();
    }

    /** The first answ since {@code from} that matches, waiting up to {@code timeout}; empty if none came. */
    Optional<Answer> awaitAnswer(int from, Predicate<ActionResponse> matches, Duration timeout) {
        return awaitPresent(() -> firstAnswer(from, matches), timeout);
    }

    /** The wrdn of the job, if one came after {@code after} (a replay may run a job of the same id again). */
    Optional<FinishedWriting> finished(String jobId, Instant after) {
        Finished last = finished.get(jobId);
        return last != null && !last.at().isBefore(after) ? Optional.of(last.wrdn()) : Optional.empty();
    }

    Optional<FinishedWriting> awaitFinished(String jobId, Instant after, Duration timeout) {
        return awaitPresent(() -> finished(jobId, after), timeout);
    }

    /** When each service id last published a status. */
    Map<String, Instant> lastStatus() {
        return Map.copyOf(lastStatus);
    }

    /**
     * Whether the writer with this service id said in a status after {@code since} that it is idle: then it runs
     * no job, whatever its answs said.
     */
    boolean idleSince(String serviceId, Instant since) {
        Instant at = lastStatus.get(serviceId);
        String json = lastStatusJson.get(serviceId);
        return at != null
                && at.isAfter(since)
                && json != null
                && json.replace(" ", "").contains("\"state\":\"idle\"");
    }

    /** Fails if the reading thread has stopped: every writer would look hung. */
    void checkReading() {
        if (fatal != null) {
            throw new IllegalStateException("the fuzzer stopped reading the writers' topics: " + fatal, fatal);
        }
    }

    private <T> Optional<T> awaitPresent(java.util.function.Supplier<Optional<T>> probe, Duration timeout) {
        try {
            return Awaitility.await()
                    .atMost(timeout)
                    .pollDelay(Duration.ZERO)
                    .pollInterval(AWAIT_POLL)
                    .until(probe::get, Optional::isPresent);
        } catch (ConditionTimeoutException e) {
            return Optional.empty();
        }
    }

    private static long fingerprint(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue() << 32 ^ bytes.length;
    }

    @Override
    public void close() {
        running = false;
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        readers.forEach(reading -> reading.reader().close());
        joining.forEach(reading -> reading.reader().close());
    }
}
