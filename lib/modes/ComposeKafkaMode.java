package lib.modes;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import lib.cli.UsageException;
import lib.kafka.Kafka;

/** {@code --kafka compose}: compose/kafka.yml, brought up for the run and down at its end. */
final class ComposeKafkaMode implements KafkaMode {
    @Override
    public Kafka start(Path runFolder, Consumer<String> say) {
        throw new UsageException("--kafka compose: not implemented yet; use --kafka embedded or HOST:PORT");
    }

    @Override
    public void prepareTopics(Kafka kafka, Collection<String> topics, Consumer<String> say) {}

    @Override
    public String describe() {
        return "compose";
    }
}
