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
import lib.kafka.FileTrees;
import lib.kafka.Kafka;
import lib.kafka.TempFolders;
import lib.modes.WriterMode;
import lib.waits.WaitGuard;
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
        Path classes = null;
        try {
            classes = TempFolders.create("list");
            TestCompiler.compile(repo, sourceFolder(), classes);
            List<String> tests = JUnitConsole.list(classes);
            tests.forEach(System.out::println);
            System.out.println(tests.size() + " tests selected (a parameterised test counts once)");
            return tests.isEmpty() ? 1 : 0;
        } finally {
            if (classes != null) {
                FileTrees.deleteQuietly(classes);
            }
        }
    }

    private int runTests() {
        if (!options.selfTest()) {
            LeftoverSweep.sweep(options.logs(), System.out);
        }
        Path runFolder = RunFolder.create(options.logs());
        Path outputFolder = createFolder(runFolder.resolve("output-files"));
        // Kafka clients of this JVM log here, not onto the test output.
        System.setProperty(
                "org.slf4j.simpleLogger.logFile",
                runFolder.resolve("clients.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
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
        Path classes = runFolder.resolve("classes");
        TestCompiler.compile(repo, sourceFolder(), classes);
        if (options.selfTest()) {
            return finish(
                    runJUnit(
                            classes,
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
        try (Kafka kafka = options.kafka().start(runFolder, this::say);
                BrokerWatch brokerWatch = BrokerWatch.start(kafka, () -> stop.brokerGone(kafka.description()))) {
            teardown.started(kafka);
            stop.phase("while the topics were prepared");
            options.kafka().prepareTopics(kafka, HarnessTopics.ALL, this::say);
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
            try (RunningWriters writers = writerMode.start(kafka, setup, this::say)) {
                teardown.started(writers);
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
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
        }
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

    private void print(String line) {
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
