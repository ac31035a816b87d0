package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import lib.cli.RepoRoot;

/** Starts {@code ./jbang run_tests.java ...} as a separate process, the way a user does, and collects its output. */
public final class RunnerProcess {
    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    /** The exit status and everything the run printed (stdout and stderr together). */
    public record Outcome(int exitCode, String output) {
        /** The run's own lines, without JBang's. */
        public List<String> lines() {
            return output.lines().filter(line -> !line.startsWith("[jbang]")).toList();
        }
    }

    private RunnerProcess() {}

    public static Outcome run(String... args) throws IOException, InterruptedException {
        return run(Map.of(), DEFAULT_TIMEOUT, args);
    }

    /**
     * @param environment added to this JVM's environment for the run (and so for the writers it starts)
     * @param timeout     how long the run may take; past it the run is stopped (SIGTERM) and the test fails
     */
    public static Outcome run(Map<String, String> environment, Duration timeout, String... args)
            throws IOException, InterruptedException {
        return runScript("run_tests.java", environment, timeout, args);
    }

    /**
     * {@link #run(Map, Duration, String...)}, doing {@code meanwhile} (with the runner's process) while the run is in
     * progress, for example killing one of its writers.
     */
    public static Outcome run(
            Map<String, String> environment, Duration timeout, Consumer<Process> meanwhile, String... args)
            throws IOException, InterruptedException {
        return runScript(RepoRoot.of("run_tests.java"), "run_tests.java", environment, timeout, meanwhile, args);
    }

    /** Runs another script of the repository, {@code ./jbang SCRIPT ARGS}, in the same way. */
    public static Outcome runScript(String script, Map<String, String> environment, Duration timeout, String... args)
            throws IOException, InterruptedException {
        return runScriptIn(RepoRoot.of("run_tests.java"), script, environment, timeout, args);
    }

    /**
     * Runs a script of this repository with {@code folder} as the working folder, so that the script takes
     * {@code folder} for its repository (see {@link lib.cli.RepoRoot}), for example a {@link RepositoryVariant}.
     */
    public static Outcome runScriptIn(
            Path folder, String script, Map<String, String> environment, Duration timeout, String... args)
            throws IOException, InterruptedException {
        return runScript(folder, script, environment, timeout, runner -> {}, args);
    }

    /**
     * {@code command} run from the repository's root as a user runs it: no input, stdout and stderr together into
     * {@code output}, {@code environment} added to this JVM's.
     */
    public static ProcessBuilder builder(List<String> command, Map<String, String> environment, Path output) {
        return builder(RepoRoot.of("run_tests.java"), command, environment, output);
    }

    /** {@link #builder(List, Map, Path)} with {@code folder} as the working folder. */
    public static ProcessBuilder builder(
            Path folder, List<String> command, Map<String, String> environment, Path output) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().putAll(environment);
        return builder;
    }

    private static Outcome runScript(
            Path folder,
            String script,
            Map<String, String> environment,
            Duration timeout,
            Consumer<Process> meanwhile,
            String... args)
            throws IOException, InterruptedException {
        Path repo = RepoRoot.of("run_tests.java");
        // The script by its path in this repository, so JBang builds it once whatever the working folder.
        List<String> command = new ArrayList<>(
                List.of(repo.resolve("jbang").toString(), repo.resolve(script).toString()));
        command.addAll(List.of(args));
        // A file, not a pipe: the deadline below holds even if the run hangs without closing its output.
        Path output = Files.createTempFile("run_tests-", ".out");
        try {
            Process process = builder(folder, command, environment, output).start();
            try {
                meanwhile.accept(process);
            } catch (RuntimeException | AssertionError e) {
                process.destroy(); // SIGTERM: the runner stops its broker and writers
                process.waitFor(30, TimeUnit.SECONDS);
                throw e;
            }
            boolean ended = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!ended) {
                // SIGTERM lets the runner stop its broker and writers.
                process.destroy();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            }
            String text = Files.readString(output, StandardCharsets.UTF_8);
            assertThat(ended)
                    .as("%s %s ended within %s; its output:%n%s", script, args, timeout, text)
                    .isTrue();
            return new Outcome(process.exitValue(), text);
        } finally {
            Files.deleteIfExists(output);
        }
    }
}
