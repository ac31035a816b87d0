package lib.modes;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import lib.cli.RepoRoot;
import lib.compose.ComposeException;
import lib.compose.ComposeKafka;
import lib.compose.ComposeSettings;
import lib.compose.RunProjects;
import lib.containers.RunOwner;
import lib.kafka.Kafka;
import lib.kafka.Topics;

/**
 * {@code --kafka compose}: compose/kafka.yml as a project of this run on two free ports, brought up for the run and
 * down at its end (also on failure and Ctrl-C); its log goes to the run folder's broker.log. The image is
 * {@code KAFKA_IMAGE}, else the official one. Projects of killed runs are removed first.
 */
final class ComposeKafkaMode implements KafkaMode {
    @Override
    public void checkBeforeStart() {
        try {
            ComposeKafka.checkPrerequisites();
        } catch (ComposeException e) {
            throw new IllegalStateException("--kafka compose: " + e.getMessage(), e);
        }
    }

    @Override
    public Kafka start(Path runFolder, Consumer<String> say) {
        List<String> leftovers = RunProjects.sweepLeftovers();
        if (!leftovers.isEmpty()) {
            say.accept("kafka: removed the compose project(s) an earlier run left: " + String.join(", ", leftovers));
        }
        ComposeSettings settings = ComposeSettings.withFreePorts(
                RepoRoot.of("run_tests.java"),
                RunProjects.nameFor(RunOwner.current()),
                ComposeSettings.defaultImage(),
                runFolder.resolve("broker.log"));
        long start = System.nanoTime();
        ComposeKafka kafka = ComposeKafka.start(settings, System.out);
        say.accept(String.format(
                "kafka: compose project %s (%s) at %s, ready in %.1f s",
                settings.project(), settings.image(), kafka.bootstrapServers(), (System.nanoTime() - start) / 1e9));
        return kafka;
    }

    @Override
    public void prepareTopics(Kafka kafka, Collection<String> topics, Consumer<String> say) {
        Topics.create(kafka, topics);
    }

    @Override
    public String describe() {
        return "compose";
    }
}
