package lib.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Files that appeared outside the writers' output folder: anything new in the run folder (apart from the output
 * folder, the cases and the logs) and, in the folders around it, in the writers' working folder and in /tmp, any new
 * file named like a fuzzed file name ({@link OddValues#ESCAPE_MARK}) or like a NeXus file. Found files are moved into
 * the run folder's {@code escaped/}, so the next check does not find them again and the repository stays clean.
 */
final class StrayFiles {
    private final Path runFolder;
    private final Path outputFolder;
    private final Path escaped;
    private final List<Path> around;
    private final Set<Path> known = new HashSet<>();

    /** Watches the run folder, the three folders above it, the repository and /tmp. */
    static StrayFiles watching(Path runFolder, Path outputFolder, Path repo) {
        List<Path> around = new ArrayList<>();
        for (Path folder = runFolder.getParent(); folder != null && around.size() < 3; folder = folder.getParent()) {
            around.add(folder);
        }
        around.add(repo);
        around.add(Path.of(System.getProperty("java.io.tmpdir")));
        return new StrayFiles(runFolder, outputFolder, around);
    }

    StrayFiles(Path runFolder, Path outputFolder, List<Path> around) {
        this.runFolder = runFolder;
        this.outputFolder = outputFolder;
        this.escaped = runFolder.resolve("escaped");
        this.around = List.copyOf(around);
        known.addAll(scan());
    }

    /** The new stray files since the last call, each named with where it was found. */
    List<String> collect() {
        List<String> found = new ArrayList<>();
        for (Path file : scan()) {
            if (known.add(file)) {
                found.add(file.toString());
                keep(file);
            }
        }
        return found;
    }

    private List<Path> scan() {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> tree = Files.walk(runFolder)) {
            tree.filter(Files::isRegularFile)
                    .filter(file -> !file.startsWith(outputFolder) && !file.startsWith(escaped))
                    .filter(file -> !harnessFile(runFolder.relativize(file)))
                    .forEach(files::add);
        } catch (IOException | UncheckedIOException e) {
            // A file that vanished while walking is no stray file.
        }
        for (Path folder : around) {
            try (Stream<Path> entries = Files.list(folder)) {
                entries.filter(Files::isRegularFile)
                        .filter(StrayFiles::looksFuzzed)
                        .forEach(files::add);
            } catch (IOException | UncheckedIOException e) {
                // A folder that cannot be listed has nothing we could find.
            }
        }
        return files;
    }

    /** What the harness itself puts in a run folder: logs, pid files, cases, the summary. */
    private static boolean harnessFile(Path relative) {
        String name = relative.getFileName().toString();
        return relative.startsWith("cases")
                || name.endsWith(".log")
                || name.endsWith(".pids")
                || name.equals("summary.txt")
                || name.equals("findings.txt")
                || relative.startsWith("classes");
    }

    private static boolean looksFuzzed(Path file) {
        String name = file.getFileName().toString();
        return name.contains(OddValues.ESCAPE_MARK) || name.endsWith(".nxs") || name.endsWith(".h5");
    }

    private void keep(Path file) {
        try {
            Files.createDirectories(escaped);
            Path target = escaped.resolve(file.getFileName().toString());
            Files.move(
                    file,
                    target.toFile().exists() ? escaped.resolve(target.getFileName() + "-" + known.size()) : target);
        } catch (IOException e) {
            // Reported where it is; moving it is only tidying up.
        }
    }
}
