package lib.modes;

import java.nio.file.Path;
import java.util.Collection;
import java.util.function.Consumer;
import lib.cli.UsageException;
import lib.kafka.Kafka;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Where the run's broker comes from ({@code --kafka}). */
public interface KafkaMode {
    /** Starts the broker or connects to it; closing what is returned stops what was started. */
    Kafka start(Path runFolder, Consumer<String> say);

    /**
     * Checks, before anything starts, what the mode needs from outside the run (a daemon, a listening broker), so
     * that a missing one costs a second and one line, not a broker start and a timeout. Throws with that line.
     */
    default void checkBeforeStart() {}

    /** Makes the harness's topics exist, empty (decisions A9 for clusters the harness did not start). */
    void prepareTopics(Kafka kafka, Collection<String> topics, Consumer<String> say);

    /** The mode as the option names it, for the run's summary. */
    String describe();

    /** Reads {@code --kafka}: {@code embedded}, {@code compose} or {@code HOST:PORT[,HOST:PORT...]}. */
    static KafkaMode parse(String option) {
        if (option.equals("embedded")) {
            return new EmbeddedKafkaMode();
        }
        if (option.equals("compose")) {
            return new ComposeKafkaMode();
        }
        if (option.matches("[^:\\s,]+:\\d{1,5}(,[^:\\s,]+:\\d{1,5})*")) {
            return new ExternalKafkaMode(option);
        }
        throw new UsageException("--kafka " + option + ": use embedded, compose or HOST:PORT");
    }

    /** picocli's converter for {@code --kafka}. */
    final class Converter implements ITypeConverter<KafkaMode> {
        @Override
        public KafkaMode convert(String value) {
            try {
                return parse(value);
            } catch (UsageException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
