package lib.writers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.wire.Profile;

/**
 * What a writer process runs: the command before the writer's options, the folder it runs in, and whether its log
 * lines arrive through syslog (HEAD kafka-to-nexus logs only there, decisions A11) rather than on its output.
 */
public record WriterProgram(List<String> command, Path workingFolder, boolean logsToSyslog) {
    public WriterProgram {
        command = List.copyOf(command);
    }

    /** The bundled reference writer through the repository's launcher; it plays either era, so it is told which. */
    public static WriterProgram referenceWriter(Path repo, Profile profile) {
        return new WriterProgram(
                List.of(repo.resolve("jbang").toString(), "file_writer.java", "--profile", profile.label()),
                repo,
                false);
    }

    /** A kafka-to-nexus binary: one era, no profile option; it runs in the log folder (core files land there). */
    public static WriterProgram localBuild(Path binary, Path logFolder) {
        return new WriterProgram(List.of(binary.toString()), logFolder, true);
    }

    /** The whole command line of writer number {@code index}. */
    List<String> commandFor(WriterSetup setup, int index) {
        List<String> whole = new ArrayList<>(command);
        whole.addAll(WriterCommandLine.arguments(setup, index));
        return whole;
    }
}
