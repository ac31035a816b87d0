package lib.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lib.cli.RunParts;
import lib.fixtures.RunSettings;
import lib.kafka.BrokerWatch;
import lib.kafka.Kafka;
import lib.modes.WriterMode;
import lib.waits.WaitGuard;
import lib.writers.PrestartedWriters;
import lib.writers.RunningWriters;
import lib.writers.WriterDeath;
import lib.writers.WriterModules;
import lib.writers.WriterSetup;
import lib.writers.WriterWatch;

/** What {@code run_tests.java} does once its options are parsed: set up, run the tests, tear down. */
public final class Runner {
    private final RunOptions options;
    private final Path repo;
    private final RunStop stop = new RunStop();
    private boolean logsSaid;
    private Path summaryFile;

    private Runner(RunOptions options) {
        this.options = options;
        this.repo = options.repoRoot();
    }

    /** Runs as the options say and returns the process exit code. */
    public static int run(RunOptions options) {
        options.validate();
        Runner runner = new Runner(options);
        if (options.keywordExpression() != null) {
            System.setProperty(KeywordFilter.PROPERTY, options.keywordExpression());
        }
        return options.list() ? runner.list() : runner.runTests();
    }

    private Path sourceFolder() {
        return repo.resolve(options.selfTest() ? "selftests" : "tests");
    }

    private int list() {
        List<String> tests =
                JUnitConsole.list(CompiledTests.of(repo, sourceFolder()).folder());
        tests.forEach(System.out::println);
        System.out.println(tests.size() + " tests selected (a parameterised test counts once)");
        return tests.isEmpty() ? 1 : 0;
    }

    private int runTests() {
        if (!options.selfTest()) {
            LeftoverSweep.sweep(options.logs(), System.out);
        }
        Path runFolder = RunFolder.create(options.logs());
        // Kafka and Docker clients of this JVM log here, not onto the test output: set before their first line.
        System.setProperty(
                "org.slf4j.simpleLogger.logFile",
                runFolder.resolve("clients.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        if (!options.selfTest()) {
            // Before anything starts, so a missing daemon or broker costs a second and one line.
            options.kafka().checkBeforeStart();
            options.writerMode().checkBeforeStart();
        }
        Path outputFolder = createFolder(runFolder.resolve("output-files"));
        summaryFile = runFolder.resolve("summary.txt");
        LeftRunning leftRunning = new LeftRunning(runFolder);
        InterruptedTeardown teardown = new InterruptedTeardown(stop, leftRunning, line -> close(line, runFolder));
        teardown.install();
        StopSignals.install(stop);
        WaitGuard.installRunWide(stop::throwIfStopped);
        say("run folder: " + displayPath(runFolder));
        say("options: " + options.describe());
        try (RunParts.Registration parts = RunParts.register(runFolder.toString(), stop)) {
            int exitCode = runTests(runFolder, outputFolder, parts, teardown);
            return stop.stopped() ? afterStop(leftRunning, runFolder) : exitCode;
        } catch (RuntimeException | Error e) {
            if (stop.stopped()) {
                return afterStop(leftRunning, runFolder);
            }
            throw e;
        } finally {
            WaitGuard.removeRunWide();
        }
    }

    /**
     * The end of a run that stopped early. Stopped by a signal, the shutdown hook says so and the exit code is the
     * signal's (this thread's return is never used). Stopped because the broker is gone, this thread has torn down:
     * it checks what is left and says so in the closing line.
     */
    private int afterStop(LeftRunning leftRunning, Path runFolder) {
        if (!stop.interrupted()) {
            WaitGuard.removeRunWide();
            close(stop.closingLine(leftRunning.check()), runFolder);
        }
        return stop.exitCode();
    }

    /** The last lines of a stopped run (the folder unless said already). */
    private synchronized void close(String closingLine, Path runFolder) {
        if (!logsSaid) {
            print("logs: " + displayPath(runFolder));
        }
        print(closingLine);
    }

    private synchronized void sayLogs(Path runFolder) {
        if (!stop.stopped()) {
            logsSaid = true;
            print("logs: " + displayPath(runFolder));
        }
    }

    private int runTests(Path runFolder, Path outputFolder, RunParts.Registration parts, InterruptedTeardown teardown) {
        if (options.selfTest()) {
            return finish(
                    runJUnit(
                            compiledTests(),
                            runFolder,
                            RunSettings.forProfile(
                                    options.profile(), "", options.writers(), outputFolder, runFolder, repo, false),
                            parts),
                    runFolder);
        }
        WriterMode writerMode = options.writerMode();
        boolean pauseForDebugger = options.waitToAttachDebugger() && writerMode.pausesForDebugger();
        if (options.waitToAttachDebugger() && !pauseForDebugger) {
            say("note: --wait-to-attach-debugger has no effect on " + writerMode.describe());
        }
        // Writers' JVMs, the broker and the test compiler start together; each waits only for what it needs.
        long setupStart = System.nanoTime();
        try (BrokerStart brokerStart = BrokerStart.begin(options.kafka(), runFolder, HarnessTopics.ALL, this::say);
                PrestartedWriters prestarted = writerMode.prestart(runFolder, options.writers(), options.profile())) {
            Path classes = compiledTests();
            try (Kafka kafka = brokerStart.await();
                    BrokerWatch brokerWatch = BrokerWatch.start(kafka, () -> stop.brokerGone(kafka.description()))) {
                teardown.started(kafka);
                WriterSetup setup = new WriterSetup(
                        options.profile(),
                        kafka.bootstrapServers(),
                        RunSettings.poolTopicOf(options.profile()),
                        RunSettings.commandTopicOf(options.profile()),
                        outputFolder,
                        runFolder,
                        options.writers(),
                        pauseForDebugger,
                        WriterSetup.DEV_LOG);
                WriterModules modules = writerMode.modules(options.profile(), this::say);
                stop.phase("while the writers started");
                try (RunningWriters writers = writerMode.start(kafka, setup, this::say, prestarted)) {
                    teardown.started(writers);
                    say(String.format("setup: ready in %.1f s", (System.nanoTime() - setupStart) / 1e9));
                    stop.phase("before the first test");
                    RunSettings settings = RunSettings.forProfile(
                                    options.profile(),
                                    kafka.bootstrapServers(),
                                    options.writers(),
                                    outputFolder,
                                    runFolder,
                                    repo,
                                    pauseForDebugger)
                            .withAbsentModules(modules.absent());
                    return runWithWriters(writers, classes, runFolder, settings, parts);
                }
            }
        }
    }

    private int runWithWriters(
            RunningWriters writers, Path classes, Path runFolder, RunSettings settings, RunParts.Registration parts) {
        WriterWatch watch = new WriterWatch(writers);
        parts.add(watch);
        JUnitConsole.Outcome outcome;
        try {
            outcome = runJUnit(classes, runFolder, settings, parts);
        } finally {
            watch.stop();
        }
        stop.phase("after the last test");
        boolean diedOutsideTests = reportDeaths(watch);
        int exitCode = finish(outcome, runFolder);
        return exitCode == 0 && diedOutsideTests ? 1 : exitCode;
    }

    /** The compiled tests, from the cache when nothing changed since a run compiled them; says which. */
    private Path compiledTests() {
        long start = System.nanoTime();
        CompiledTests.Classes compiled = CompiledTests.of(repo, sourceFolder());
        say(
                compiled.fresh()
                        ? String.format(
                                "tests: compiled %s/ in %.1f s",
                                sourceFolder().getFileName(), (System.nanoTime() - start) / 1e9)
                        : "tests: compiled classes of " + sourceFolder().getFileName()
                                + "/ from the cache (no edit since)");
        return compiled.folder();
    }

    private JUnitConsole.Outcome runJUnit(
            Path classes, Path runFolder, RunSettings settings, RunParts.Registration parts) {
        Map<String, String> parameters = new LinkedHashMap<>(runnerParameters(settings));
        parameters.put(RunParts.PARAMETER, parts.key());
        return JUnitConsole.execute(
                classes, runFolder.resolve("junit"), parameters, options.consoleOptions(), options.verbose());
    }

    /**
     * Lists the writers that died during the run, with where and what replaced them; a death no test reported (after
     * the last test) is said here first. Returns whether any death was outside a test: no test failed for it, so
     * the run's exit status must.
     */
    private boolean reportDeaths(WriterWatch watch) {
        List<WriterDeath> unreported = watch.takeUnreported();
        for (WriterDeath death : unreported) {
            say(death.line());
            say(death.logTail());
        }
        List<WriterDeath> deaths = watch.deaths();
        long outsideTests =
                deaths.stream().filter(death -> !death.failedATest()).count();
        if (!deaths.isEmpty()) {
            say("writers that died: " + deaths.size()
                    + (outsideTests == 0 ? "" : " (" + outsideTests + " outside tests: the run fails for them)"));
            deaths.forEach(death -> say("  " + death.summary()));
        }
        return outsideTests > 0;
    }

    /** The run's last line and its exit code. */
    private int finish(JUnitConsole.Outcome outcome, Path runFolder) {
        sayLogs(runFolder);
        // The console fails a run that found no tests; one whose tests were all skipped must fail too.
        if (outcome.exitCode() == 2 || outcome.exitCode() == 0 && outcome.nothingRan()) {
            say("no tests ran"
                    + (options.keywordExpression() == null
                            ? ""
                            : ": -k '" + options.keywordExpression() + "' selects none, or only skipped ones"));
            return outcome.exitCode() == 0 ? 1 : outcome.exitCode();
        }
        return outcome.exitCode();
    }

    /** What the tests and the harness's listener and extensions are told, as JUnit configuration parameters. */
    private Map<String, String> runnerParameters(RunSettings settings) {
        Map<String, String> parameters = new LinkedHashMap<>(settings.asConfigurationParameters());
        parameters.put(ProgressListener.SUMMARY_FILE, summaryFile.toString());
        parameters.put(ProgressListener.VERBOSE, Boolean.toString(options.verbose()));
        parameters.put(FailFast.ENABLED, Boolean.toString(options.failFast()));
        if (options.selfTest()) {
            // A failing self-test keeps its temporary folder (writer logs, files), so it can be looked into.
            parameters.put("junit.jupiter.tempdir.cleanup.mode.default", "ON_SUCCESS");
        }
        return parameters;
    }

    /**
     * Prints a line of the run's own and keeps it in the summary file, ahead of the test results; nothing once the run
     * stopped early, whose closing line is its last.
     */
    private void say(String line) {
        if (!stop.stopped()) {
            print(line);
        }
    }

    private synchronized void print(String line) {
        System.out.println(line);
        if (summaryFile != null) {
            try {
                Files.writeString(summaryFile, line + "\n", StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                System.err.println("could not write " + summaryFile + ": " + e.getMessage());
            }
        }
    }

    private Path displayPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(repo) ? repo.relativize(absolute) : absolute;
    }

    private static Path createFolder(Path folder) {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + folder, e);
        }
    }
}
