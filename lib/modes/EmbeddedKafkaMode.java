package lib.modes;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import lib.kafka.EmbeddedKafka;
import lib.kafka.Kafka;
import lib.kafka.Topics;

/** {@code --kafka embedded}: a broker in a child JVM of this run, its log in the run folder. */
final class EmbeddedKafkaMode implements KafkaMode {
    @Override
    public Kafka start(Path runFolder, Consumer<String> say) {
        long start = System.nanoTime();
        EmbeddedKafka kafka = EmbeddedKafka.start(runFolder.resolve("broker.log"));
        say.accept(String.format(
                "kafka: embedded broker at %s, ready in %.1f s",
                kafka.bootstrapServers(), (System.nanoTime() - start) / 1e9));
        return kafka;
    }

    @Override
    public void prepareTopics(Kafka kafka, Collection<String> topics, Consumer<String> say) {
        Topics.create(kafka, topics);
    }

    @Override
    public String describe() {
        return "embedded";
    }
}
