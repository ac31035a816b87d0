package lib.modes;

import java.nio.file.Path;
import java.util.function.Consumer;
import lib.kafka.Kafka;
import lib.wire.Profile;
import lib.writers.PrestartedWriters;
import lib.writers.ReferenceWriterBuild;
import lib.writers.RunningWriters;
import lib.writers.WriterModules;
import lib.writers.WriterProcesses;
import lib.writers.WriterProgram;
import lib.writers.WriterSetup;

/** The default: N processes of the bundled reference writer ({@code file_writer.java}). */
final class ReferenceWriterMode implements WriterMode {
    private final Path repo;
    /** The program the prestarted writers run, so their replacements and class archive are the same. */
    private WriterProgram program;

    ReferenceWriterMode(Path repo) {
        this.repo = repo;
    }

    @Override
    public RunningWriters start(Kafka kafka, WriterSetup setup, Consumer<String> say) {
        return start(kafka, setup, say, PrestartedWriters.none());
    }

    /** Builds the writer if an edit needs it, and starts its JVMs: they warm up at their start gate. */
    @Override
    public PrestartedWriters prestart(Path logFolder, int count, Profile profile) {
        ReferenceWriterBuild.prepare(repo, logFolder.resolve("writer-build.log"));
        program = WriterProgram.referenceWriter(repo, profile);
        return PrestartedWriters.start(program, logFolder, count);
    }

    @Override
    public RunningWriters start(Kafka kafka, WriterSetup setup, Consumer<String> say, PrestartedWriters prestarted) {
        ReferenceWriterBuild.prepare(repo, setup.logFolder().resolve("writer-build.log"));
        return WriterProcesses.startAndReport(
                kafka,
                setup,
                program != null ? program : WriterProgram.referenceWriter(repo, setup.profile()),
                "reference writer",
                say,
                prestarted);
    }

    @Override
    public WriterModules modules(Profile profile, Consumer<String> say) {
        return WriterModules.referenceWriter(profile == Profile.CURRENT);
    }

    @Override
    public boolean pausesForDebugger() {
        return false;
    }

    @Override
    public String describe() {
        return "reference writer";
    }
}
