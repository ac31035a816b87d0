package lib.modes;

import java.nio.file.Path;
import java.util.function.Consumer;
import lib.kafka.Kafka;
import lib.wire.Profile;
import lib.writers.RunningWriters;
import lib.writers.WriterCommandLine;
import lib.writers.WriterModules;
import lib.writers.WriterSetup;

/** {@code --no-writer}: the user runs the writers; the run says how, and stops nothing at its end. */
final class NoWriterMode implements WriterMode {
    private final Path repo;

    NoWriterMode(Path repo) {
        this.repo = repo;
    }

    @Override
    public RunningWriters start(Kafka kafka, WriterSetup setup, Consumer<String> say) {
        say.accept(
                "writers: none started (--no-writer); the tests expect " + setup.count() + ", started for example as:");
        for (int index = 1; index <= setup.count(); index++) {
            say.accept("  " + String.join(" ", WriterCommandLine.exampleFor(setup, index)));
        }
        return RunningWriters.none();
    }

    /** Writers started by hand are unknown: the reference writer's set of the profile is assumed. */
    @Override
    public WriterModules modules(Profile profile, Consumer<String> say) {
        return new ReferenceWriterMode(repo).modules(profile, say);
    }

    @Override
    public boolean pausesForDebugger() {
        return false;
    }

    @Override
    public String describe() {
        return "none started (--no-writer)";
    }
}
