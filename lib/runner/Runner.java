package lib.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import lib.fixtures.RunSettings;
import lib.kafka.Kafka;
import lib.modes.WriterMode;
import lib.writers.PrestartedWriters;
import lib.writers.RunningWriters;
import lib.writers.WriterDeath;
import lib.writers.WriterModules;
import lib.writers.WriterPidFile;
import lib.writers.WriterSetup;
import lib.writers.WriterWatch;
import lib.writers.WriterWatches;

/** What {@code run_tests.java} does once its options are parsed: set up, run the tests, tear down. */
public final class Runner {
    private final RunOptions options;
    private final Path repo;
    private Path summaryFile;
    private Path runFolder;

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
            WriterPidFile.sweepLeftovers(options.logs(), System.out);
        }
        runFolder = RunFolder.create(options.logs());
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
        say("run folder: " + displayPath(runFolder));
        say("options: " + options.describe());
        if (options.selfTest()) {
            Path classes = compiledTests();
            return finish(
                    runJUnit(
                            classes,
                            runFolder,
                            RunSettings.forProfile(
                                    options.profile(), "", options.writers(), outputFolder, runFolder, repo, false),
                            Map.of()),
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
            try (Kafka kafka = brokerStart.await()) {
                return runWithBroker(kafka, writerMode, prestarted, pauseForDebugger, classes, setupStart);
            }
        }
    }

    private int runWithBroker(
            Kafka kafka,
            WriterMode writerMode,
            PrestartedWriters prestarted,
            boolean pauseForDebugger,
            Path classes,
            long setupStart) {
        Path outputFolder = runFolder.resolve("output-files");
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
        try (RunningWriters writers = writerMode.start(kafka, setup, this::say, prestarted)) {
            say(String.format("setup: ready in %.1f s", (System.nanoTime() - setupStart) / 1e9));
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
            JUnitConsole.Outcome outcome;
            try (WriterWatches.Registration registration = WriterWatches.register(runFolder.toString(), watch)) {
                outcome = runJUnit(classes, runFolder, settings, Map.of(WriterWatches.PARAMETER, registration.key()));
            } finally {
                watch.stop();
            }
            boolean diedOutsideTests = reportDeaths(watch);
            int exitCode = finish(outcome, runFolder);
            return exitCode == 0 && diedOutsideTests ? 1 : exitCode;
        }
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
            Path classes, Path runFolder, RunSettings settings, Map<String, String> moreParameters) {
        Map<String, String> parameters = new LinkedHashMap<>(runnerParameters(settings));
        parameters.putAll(moreParameters);
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
        say("logs: " + displayPath(runFolder));
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

    /** Prints a line of the run's own and keeps it in the summary file, ahead of the test results. */
    private synchronized void say(String line) {
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
