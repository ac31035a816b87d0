package lib.writers;

import java.nio.file.Files;
import java.nio.file.Path;

/** A kafka-to-nexus build folder ({@code --local-build}). */
public final class LocalBuild {
    private LocalBuild() {}

    public static Path binary(Path buildFolder) {
        return buildFolder.resolve("bin").resolve("kafka-to-nexus");
    }

    /** The one-line complaint about a folder that cannot serve, or null when it can. */
    public static String problemWith(Path buildFolder) {
        if (!Files.isDirectory(buildFolder)) {
            return "--local-build " + buildFolder + ": no such folder; point at the build folder";
        }
        if (Files.isRegularFile(binary(buildFolder)) && !Files.isExecutable(binary(buildFolder))) {
            return "--local-build " + buildFolder + ": bin/kafka-to-nexus is not executable; chmod +x it";
        }
        if (!Files.isExecutable(binary(buildFolder))) {
            return "--local-build " + buildFolder + ": no bin/kafka-to-nexus inside; point at the build folder";
        }
        return null;
    }
}
