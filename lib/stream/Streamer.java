package lib.stream;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import lib.kafka.ConfirmingProducer;
import lib.waits.Waits;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Publishes a {@link Schedule} at a {@link Pace}: each message with Kafka time = its message time (ms), sent
 * without waiting for each confirmation (the producer keeps each topic's order), and all of them confirmed before
 * {@link #stream} returns. A message whose due time is less than {@link #EARLY_ENOUGH} away is sent at once, so a
 * fast pace does not cost a wait per message.
 */
public final class Streamer {
    static final Duration EARLY_ENOUGH = Duration.ofMillis(2);
    private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

    private final ConfirmingProducer producer;
    private final Pace pace;
    private final PrintStream progress;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    /**
     * @param progress where the progress lines go once a second; null prints none
     */
    public Streamer(ConfirmingProducer producer, Pace pace, PrintStream progress) {
        this.producer = producer;
        this.pace = pace;
        this.progress = progress;
    }

    public Pace pace() {
        return pace;
    }

    /** Sends {@code messages} at once and returns when the broker has confirmed all of them. */
    public void sendNow(List<TimedMessage> messages) {
        RateMeter meter = new RateMeter(null, PROGRESS_INTERVAL);
        messages.forEach(message -> send(message, meter));
        confirmAll();
    }

    /**
     * Sends what is left of {@code schedule}, the message at data time t not before {@code pace.wallOffsetNs(t −
     * schedule start)} after this call; returns once every message is confirmed, with the counts and rates.
     */
    public StreamReport stream(Schedule schedule) {
        RateMeter meter = new RateMeter(progress, PROGRESS_INTERVAL);
        Instant wallStart = Instant.now();
        long dataStart = schedule.firstTimeNs();
        while (schedule.hasNext()) {
            if (!pace.isUnlimited()) {
                Instant due = wallStart.plusNanos(pace.wallOffsetNs(schedule.nextTimeNs() - dataStart));
                if (Duration.between(Instant.now(), due).compareTo(EARLY_ENOUGH) > 0) {
                    Waits.untilTime("the due time of the next message (" + pace + ")", due);
                }
            }
            send(schedule.next(), meter);
            meter.maybePrint(schedule);
        }
        confirmAll();
        return meter.report();
    }

    private void send(TimedMessage message, RateMeter meter) {
        throwIfFailed();
        byte[] bytes = message.message().toBytes();
        producer.client()
                .send(
                        new ProducerRecord<>(message.topic(), null, message.kafkaTimeMs(), null, bytes),
                        (metadata, error) -> {
                            if (error != null) {
                                failure.compareAndSet(null, error);
                            }
                        });
        meter.count(message.message(), bytes.length);
    }

    private void confirmAll() {
        producer.client().flush();
        throwIfFailed();
    }

    private void throwIfFailed() {
        Exception error = failure.get();
        if (error != null) {
            throw new IllegalStateException("publishing failed: " + error.getMessage(), error);
        }
    }
}
