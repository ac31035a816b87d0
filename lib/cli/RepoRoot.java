package lib.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository a script belongs to: the current folder or the nearest parent holding the script and lib/. */
public final class RepoRoot {
    private RepoRoot() {}

    public static Path of(String script) {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve(script)) && Files.isDirectory(folder.resolve("lib"))) {
                return folder;
            }
        }
        throw new UsageException("run from the repository: no " + script + " in this folder or its parents");
    }
}
