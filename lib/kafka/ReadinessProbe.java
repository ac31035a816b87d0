package lib.kafka;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.UUID;

/** A broker is ready when a record sent to it can be read back: no sleeps, no guessing. */
public final class ReadinessProbe {
    static final String PROBE_TOPIC = "fwst_readiness_probe";

    private ReadinessProbe() {}

    /**
     * Sends a record to {@code bootstrapServers} and reads it back.
     *
     * @throws IllegalStateException when the record is not confirmed or not read back in time
     */
    public static void roundTrip(String bootstrapServers, Duration timeout) {
        byte[] probe = ("probe " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        try (ConfirmingProducer producer = ConfirmingProducer.connect(bootstrapServers)) {
            producer.send(PROBE_TOPIC, probe);
        }
        try (TopicReader reader = TopicReader.fromBeginning(bootstrapServers, PROBE_TOPIC)) {
            reader.awaitRecord("the readiness probe record", record -> Arrays.equals(record.value(), probe), timeout);
        }
    }
}
