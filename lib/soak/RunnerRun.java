package lib.soak;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code ./jbang run_tests.java ...} of a soak: run as a user runs it, its output kept in a file, its run folder
 * found from the line the runner starts with ({@code run folder: logs/...}).
 */
public record RunnerRun(int exitCode, String output, Optional<Path> runFolder, double seconds) {
    private static final Pattern RUN_FOLDER = Pattern.compile("^run folder: (.+)$", Pattern.MULTILINE);
    private static final Pattern SUMMARY =
            Pattern.compile("^\\d+ passed, \\d+ failed, \\d+ skipped$", Pattern.MULTILINE);

    /** Runs the runner with {@code arguments} from {@code repo}; its output goes to {@code outputFile}. */
    public static RunnerRun start(Path repo, List<String> arguments, Path outputFile) {
        List<String> command = new ArrayList<>(List.of(repo.resolve("jbang").toString(), "run_tests.java"));
        command.addAll(arguments);
        long started = System.nanoTime();
        try {
            Process process = new ProcessBuilder(command)
                    .directory(repo.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(outputFile.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start();
            int exitCode = process.waitFor();
            String output = Files.readString(outputFile, StandardCharsets.UTF_8);
            return new RunnerRun(exitCode, output, runFolder(repo, output), (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the runner ran", e);
        }
    }

    private static Optional<Path> runFolder(Path repo, String output) {
        Matcher matcher = RUN_FOLDER.matcher(output);
        return matcher.find() ? Optional.of(repo.resolve(matcher.group(1).trim())) : Optional.empty();
    }

    /** The runner's closing "N passed, N failed, N skipped", or what it said last when it has none. */
    public String summary() {
        Matcher matcher = SUMMARY.matcher(output);
        String last = null;
        while (matcher.find()) {
            last = matcher.group();
        }
        if (last != null) {
            return last;
        }
        List<String> lines =
                output.lines().filter(line -> !line.startsWith("[jbang]")).toList();
        return lines.isEmpty() ? "(no output)" : lines.get(lines.size() - 1);
    }
}
