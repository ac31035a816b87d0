package writer.kafka;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.WakeupException;

/** Polls of the main loop: a Kafka error is logged and reads as no records, so the loop carries on. */
public final class Polls {
    private Polls() {}

    /**
     * The records of one poll of the consumer {@code consumer} gives (getting it may fail as the poll may). A
     * failure is logged as a warning on {@code log}: {@code failure} with {@code name} as {0} and the error as {1}.
     * A wake-up, which only the shutdown causes, is thrown on.
     */
    public static List<ConsumerRecord<byte[], byte[]>> records(
            Supplier<KafkaConsumer<byte[], byte[]>> consumer,
            Duration timeout,
            Logger log,
            String failure,
            String name) {
        try {
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            consumer.get().poll(timeout).forEach(records::add);
            return records;
        } catch (WakeupException e) {
            throw e;
        } catch (KafkaException e) {
            log.log(Level.WARNING, failure, name, e.getMessage());
            return List.of();
        }
    }
}
