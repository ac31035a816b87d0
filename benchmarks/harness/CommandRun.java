
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One command the harness benchmark times, run from the repository root with its output (both streams) kept in a
 * file: its wall time from start to exit, its exit status and its lines.
 */
record CommandRun(List<String> command, int exitStatus, double wallSeconds, List<String> lines) {
    static CommandRun run(Path repo, Path outputFile, Map<String, String> environment, List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(repo.toFile())
                .redirectErrorStream(true)
                .redirectOutput(outputFile.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        try {
            long started = System.nanoTime();
            Process process = builder.start();
            int status = process.waitFor();
            double seconds = (System.nanoTime() - started) / 1e9;
            return new CommandRun(command, status, seconds, Files.readAllLines(outputFile, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }

    boolean ok() {
        return exitStatus == 0;
    }

    /** The command as one would type it, for the report. */
    String typed() {
        return String.join(
                " ",
                command.stream()
                        .map(word -> word.contains(" ") ? "'" + word + "'" : word)
                        .toList());
    }

    /** The last lines, for a run that failed. */
    String tail(int count) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
    }
}
