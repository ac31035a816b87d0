package lib.fuzz;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import lib.kafka.Kafka;
import lib.modes.WriterMode;
import lib.wire.Profile;
import lib.writers.WriterSetup;

/**
 * Kafka, the fuzzer's topics, the writers (as the runner starts them) and everything that talks to them, set up for
 * a fuzz run or a replay and torn down in reverse order: writers first, so they leave while the broker is still up.
 */
final class FuzzSession implements AutoCloseable {
    private final List<AutoCloseable> opened = new ArrayList<>();
    private final Consumer<String> say;
    private Exchange exchange;
    private Batches batches;
    private Set<String> absentModules;
    private String broker;

    private FuzzSession(Consumer<String> say) {
        this.say = say;
    }

    private void start(FuzzOptions options, Profile profile, Path runFolder, Path outputFolder) {
        FuzzTopics topics = FuzzTopics.standard();
        Kafka kafka = options.kafka.start(runFolder, say);
        opened.add(kafka);
        options.kafka.prepareTopics(kafka, topics.all(), say);
        WriterMode mode = options.writerMode();
        absentModules = mode.modules(profile, say).absent();
        WriterSetup setup = new WriterSetup(
                profile,
                kafka.bootstrapServers(),
                topics.pool(),
                topics.status(),
                outputFolder,
                runFolder,
                options.writers,
                false,
                WriterSetup.DEV_LOG);
        Traffic traffic = new Traffic(kafka, topics.replyTopics());
        opened.add(traffic);
        Sender sender = new Sender(kafka, traffic);
        opened.add(sender);
        broker = kafka.bootstrapServers().split(",")[0];
        FuzzJobs jobs = new FuzzJobs(sender, traffic, topics, broker, outputFolder);
        Writers writers = new Writers(mode, kafka, setup, say);
        opened.add(writers);
        writers.start();
        String dataStructure =
                DataStructure.of(profile, absentModules, topics.data()).json();
        exchange = new Exchange(
                kafka,
                profile,
                topics,
                sender,
                traffic,
                jobs,
                writers,
                new HealthCheck(writers, jobs, traffic, topics),
                new StartOracle(profile, Set.copyOf(topics.replyTopics()), Set.of(JsonTexts.BASE, dataStructure)),
                new StopOracle(profile),
                new AnswerCheck(traffic, jobs),
                absentModules,
                say);
        batches = new Batches(exchange);
    }

    /** Starts everything; on failure whatever was started is stopped again. */
    static FuzzSession open(
            FuzzOptions options, Profile profile, Path runFolder, Path outputFolder, Consumer<String> say) {
        FuzzSession session = new FuzzSession(say);
        try {
            session.start(options, profile, runFolder, outputFolder);
            return session;
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
    }

    Exchange exchange() {
        return exchange;
    }

    Batches batches() {
        return batches;
    }

    Set<String> absentModules() {
        return absentModules;
    }

    String broker() {
        return broker;
    }

    @Override
    public void close() {
        for (int i = opened.size() - 1; i >= 0; i--) {
            try {
                opened.get(i).close();
            } catch (Exception e) {
                say.accept("closing " + opened.get(i).getClass().getSimpleName() + " failed: " + e.getMessage());
            }
        }
    }
}
