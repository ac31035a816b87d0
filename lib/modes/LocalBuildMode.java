package lib.modes;

import java.nio.file.Path;
import java.util.function.Consumer;
import lib.kafka.Kafka;
import lib.wire.Profile;
import lib.writers.LocalBuild;
import lib.writers.RunningWriters;
import lib.writers.WriterModules;
import lib.writers.WriterProcesses;
import lib.writers.WriterProgram;
import lib.writers.WriterSetup;

/** {@code --local-build DIR}: N processes of {@code DIR/bin/kafka-to-nexus}, as the original suite ran them. */
final class LocalBuildMode implements WriterMode {
    private final Path buildFolder;

    LocalBuildMode(Path buildFolder) {
        this.buildFolder = buildFolder;
    }

    @Override
    public RunningWriters start(Kafka kafka, WriterSetup setup, Consumer<String> say) {
        Path binary = LocalBuild.binary(buildFolder);
        return WriterProcesses.startAndReport(
                kafka, setup, WriterProgram.localBuild(binary, setup.logFolder()), binary.toString(), say);
    }

    /** A build is asked which modules it has; the answer decides which tests are skipped. */
    @Override
    public WriterModules modules(Profile profile, Consumer<String> say) {
        WriterModules modules = WriterModules.probe(LocalBuild.binary(buildFolder));
        say.accept("writers: "
                + (modules.absent().isEmpty()
                        ? "every module the tests need"
                        : "no " + String.join(", ", modules.absent()) + "; tests needing them are skipped")
                + " (" + modules.source() + ")");
        return modules;
    }

    @Override
    public boolean pausesForDebugger() {
        return true;
    }

    @Override
    public String describe() {
        return "--local-build " + buildFolder;
    }
}
