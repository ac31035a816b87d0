package lib.modes;

import java.nio.file.Path;
import java.util.function.Consumer;
import lib.cli.UsageException;
import lib.kafka.Kafka;
import lib.wire.Profile;
import lib.writers.LocalBuild;
import lib.writers.PrestartedWriters;
import lib.writers.RunningWriters;
import lib.writers.WriterModules;
import lib.writers.WriterSetup;

/** Where the run's writers come from: {@code --local-build}, {@code --image}, {@code --no-writer} or the default. */
public interface WriterMode {
    /**
     * Starts {@code setup.count()} writers and returns once all are ready: the run watches them and replaces one that
     * dies; closing them stops them and leaves nothing of theirs running. On failure nothing is left running either.
     */
    RunningWriters start(Kafka kafka, WriterSetup setup, Consumer<String> say);

    /** As {@link KafkaMode#checkBeforeStart()}: what the writers need from outside the run (a daemon, an image). */
    default void checkBeforeStart() {}

    /**
     * Starts writers 1 to {@code count} that can start before the broker is up (their JVMs warm up while it starts),
     * for {@link #start(Kafka, WriterSetup, Consumer, PrestartedWriters)} to take; none by default.
     */
    default PrestartedWriters prestart(Path logFolder, int count, Profile profile) {
        return PrestartedWriters.none();
    }

    /** {@link #start(Kafka, WriterSetup, Consumer)}, taking what {@link #prestart} started. */
    default RunningWriters start(Kafka kafka, WriterSetup setup, Consumer<String> say, PrestartedWriters prestarted) {
        return start(kafka, setup, say);
    }

    /** The modules these writers lack under {@code profile}, so that tests needing them are skipped. */
    WriterModules modules(Profile profile, Consumer<String> say);

    /** Whether {@code --wait-to-attach-debugger} can pause these writers. */
    boolean pausesForDebugger();

    /** The mode for the run's summary, e.g. "reference writer". */
    String describe();

    /** Picks the mode from the options; contradicting options and unusable folders are a {@link UsageException}. */
    static WriterMode choose(Path localBuild, String image, boolean noWriter, Path repo) {
        int chosen = (localBuild != null ? 1 : 0) + (image != null ? 1 : 0) + (noWriter ? 1 : 0);
        if (chosen > 1) {
            throw new UsageException("--local-build, --image and --no-writer contradict each other; keep one");
        }
        if (localBuild != null) {
            String problem = LocalBuild.problemWith(localBuild);
            if (problem != null) {
                throw new UsageException(problem);
            }
            return new LocalBuildMode(localBuild);
        }
        if (image != null) {
            return new ImageWriterMode(image);
        }
        return noWriter ? new NoWriterMode(repo) : new ReferenceWriterMode(repo);
    }
}
