package lib.compose;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** The compose program: {@code docker compose} (v2) when it answers, otherwise {@code docker-compose} (1.x). */
final class ComposeCli {
    private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(20);
    private static final List<List<String>> CANDIDATES =
            List.of(List.of("docker", "compose"), List.of("docker-compose"));

    private final List<String> program;
    private final String version;

    private ComposeCli(List<String> program, String version) {
        this.program = program;
        this.version = version;
    }

    /** What a compose command printed (stdout and stderr, in order) and its exit code. */
    record Result(int exitCode, List<String> lines) {
        String lastLines(int count) {
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        }
    }

    /**
     * Finds the compose program on the PATH.
     *
     * @throws ComposeException when neither form runs
     */
    static ComposeCli find() {
        for (List<String> candidate : CANDIDATES) {
            List<String> command = new ArrayList<>(candidate);
            command.add("version");
            try {
                Result result = execute(command, Map.of(), VERSION_TIMEOUT, line -> {});
                if (result.exitCode() == 0 && !result.lines().isEmpty()) {
                    return new ComposeCli(candidate, result.lines().get(0).strip());
                }
            } catch (UncheckedIOException e) {
                // not on the PATH: try the next form
            }
        }
        throw new ComposeException("neither 'docker compose' (v2) nor 'docker-compose' (1.x) runs here; install one"
                + " (Debian: apt-get install docker-compose) and make sure it is on the PATH");
    }

    /** The program's name as a user types it, e.g. {@code docker-compose}. */
    String name() {
        return String.join(" ", program);
    }

    /** What {@code version} printed first, e.g. {@code docker-compose version 1.29.2, build unknown}. */
    String version() {
        return version;
    }

    /**
     * Runs compose with {@code arguments}, the variables added to this process's environment, and hands every output
     * line to {@code echo}.
     *
     * @throws ComposeException when it runs longer than {@code timeout}
     */
    Result run(List<String> arguments, Map<String, String> variables, Duration timeout, Consumer<String> echo) {
        List<String> command = new ArrayList<>(program);
        command.addAll(arguments);
        return execute(command, variables, timeout, echo);
    }

    /** Runs compose with this process's standard input and output (for {@code logs --follow}); its exit code. */
    int runAttached(List<String> arguments, Map<String, String> variables) {
        List<String> command = new ArrayList<>(program);
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).inheritIO();
        builder.environment().putAll(variables);
        try {
            return builder.start().waitFor();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    private static Result execute(
            List<String> command, Map<String, String> variables, Duration timeout, Consumer<String> echo) {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        builder.environment().putAll(variables);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not run " + String.join(" ", command), e);
        }
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> readLines(process, lines, echo), "compose-output");
        reader.setDaemon(true);
        reader.start();
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new ComposeException(String.join(" ", command) + " did not finish within " + timeout.toSeconds()
                        + " s; run it by hand to see why (-v shows its output)");
            }
            reader.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new ComposeException("interrupted while running " + String.join(" ", command), e);
        }
        synchronized (lines) {
            return new Result(process.exitValue(), List.copyOf(lines));
        }
    }

    private static void readLines(Process process, List<String> lines, Consumer<String> echo) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
                echo.accept(line);
            }
        } catch (IOException e) {
            // The process is gone; its exit code tells the rest.
        }
    }
}
