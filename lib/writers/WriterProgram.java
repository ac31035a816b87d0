package lib.writers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.cache.CacheFolder;
import lib.cache.ClassArchive;
import lib.wire.Profile;

/**
 * What a writer process runs: the command before the writer's options, the folder it runs in, whether its log lines
 * arrive through syslog (HEAD kafka-to-nexus logs only there, decisions A11) rather than on its output, and whether
 * it takes its options on stdin once started (the reference writer's {@code StartGate}, so its JVM can start before
 * the broker's address is known) instead of on its command line.
 */
public record WriterProgram(
        List<String> command,
        Path workingFolder,
        boolean logsToSyslog,
        boolean argumentsOnStdin,
        ClassArchive classArchive) {
    /** The reference writer's entry point that warms up, then reads its options from stdin. */
    static final String GATED_MAIN = "writer.cli.StartGate";

    public WriterProgram {
        command = List.copyOf(command);
    }

    public WriterProgram(List<String> command, Path workingFolder, boolean logsToSyslog) {
        this(command, workingFolder, logsToSyslog, false, null);
    }

    /**
     * The bundled reference writer, started straight from its cached classpath ({@link ReferenceWriterLaunch}) through
     * its start gate; it plays either era, so it is told which.
     */
    public static WriterProgram referenceWriter(Path repo, Profile profile) {
        ReferenceWriterLaunch launch =
                ReferenceWriterLaunch.resolve(repo, CacheFolder.root().resolve("reference-writer-build.log"));
        return new WriterProgram(
                launch.command(GATED_MAIN, List.of("--profile", profile.label())),
                repo,
                false,
                true,
                ClassArchive.forClasspath("reference-writer-cds", String.join(":", launch.classpath())));
    }

    /** A kafka-to-nexus binary: one era, no profile option; it runs in the log folder (core files land there). */
    public static WriterProgram localBuild(Path binary, Path logFolder) {
        return new WriterProgram(List.of(binary.toString()), logFolder, true);
    }

    /** The options writer number {@code index} gets: on its command line, or on stdin for a gated program. */
    List<String> argumentsFor(WriterSetup setup, int index) {
        List<String> arguments = new ArrayList<>();
        if (argumentsOnStdin) {
            // The gate's own --profile only picks its warm-up; the writer is told again.
            arguments.addAll(command.subList(command.size() - 2, command.size()));
        }
        arguments.addAll(WriterCommandLine.arguments(setup, index));
        return arguments;
    }

    /** The whole command line of writer number {@code index}; a gated program gets its options later. */
    List<String> commandFor(WriterSetup setup, int index, int generation) {
        List<String> whole = processCommand(index, generation);
        if (!argumentsOnStdin) {
            whole.addAll(argumentsFor(setup, index));
        }
        return whole;
    }

    /**
     * The command with the class archive's JVM options: every writer starts from the archive once there is one;
     * until then the first writer of a run writes it when it exits (one JVM only, so no two write it at once).
     */
    List<String> processCommand(int index, int generation) {
        List<String> whole = new ArrayList<>(command);
        if (classArchive != null && (classArchive.inUse() || index == 1 && generation == 1)) {
            whole.addAll(1, classArchive.jvmOptions());
        }
        return whole;
    }
}
