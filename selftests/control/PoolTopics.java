package selftests.control;

import java.util.List;
import java.util.UUID;
import lib.kafka.Kafka;
import lib.kafka.Topics;

/** A fresh pool, command and control topic per test, so tests on the shared broker never hear each other. */
record PoolTopics(String pool, String command, String control) {

    static PoolTopics create(Kafka kafka) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        PoolTopics topics =
                new PoolTopics("control_pool_" + suffix, "control_commands_" + suffix, "control_alternative_" + suffix);
        Topics.create(kafka, List.of(topics.pool, topics.command, topics.control));
        return topics;
    }
}
