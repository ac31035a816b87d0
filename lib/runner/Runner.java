package lib.runner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import lib.fixtures.RunSettings;
import lib.kafka.EmbeddedKafka;
import lib.kafka.ExternalKafka;
import lib.kafka.FileTrees;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import lib.writers.LocalBuild;
import lib.writers.WriterCommandLine;
import lib.writers.WriterModules;
import lib.writers.WriterPidFile;
import lib.writers.WriterPool;
import lib.writers.WriterProcess;
import lib.writers.WriterSetup;

/** What {@code run_tests.java} does once its options are parsed: set up, run the tests, tear down. */
public final class Runner {
    private static final Duration EXTERNAL_KAFKA_TIMEOUT = Duration.ofSeconds(15);

    private final RunOptions options;
    private final Path repo;
    private Path summaryFile;

    private Runner(RunOptions options) {
        this.options = options;
        this.repo = options.repoRoot();
    }

    /** Runs as the options say and returns the process exit code. */
    public static int run(RunOptions options) {
        options.validate();
        Runner runner = new Runner(options);
        configureSelection(options);
        return options.list() ? runner.list() : runner.runTests();
    }

    private static void configureSelection(RunOptions options) {
        if (options.keywordExpression() != null) {
            System.setProperty(KeywordFilter.PROPERTY, options.keywordExpression());
        }
        System.setProperty(ProgressListener.VERBOSE_PROPERTY, Boolean.toString(options.verbose()));
        System.setProperty(FailFast.PROPERTY, Boolean.toString(options.failFast()));
    }

    private Path sourceFolder() {
        return repo.resolve(options.selfTest() ? "selftests" : "tests");
    }

    private int list() {
        Path classes = null;
        try {
            classes = Files.createTempDirectory("fwst-list-");
            TestCompiler.compile(repo, sourceFolder(), classes);
            List<String> tests = JUnitConsole.list(classes);
            tests.forEach(System.out::println);
            System.out.println(tests.size() + " tests selected (a parameterised test counts once)");
            return tests.isEmpty() ? 1 : 0;
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a folder for compiled tests", e);
        } finally {
            if (classes != null) {
                FileTrees.deleteQuietly(classes);
            }
        }
    }

    private int runTests() {
        if (!options.selfTest()) {
            WriterPidFile.sweepLeftovers(options.logs(), System.out);
        }
        Path runFolder = RunFolder.create(options.logs());
        Path outputFolder = createFolder(runFolder.resolve("output-files"));
        // Kafka clients of this JVM log here, not onto the test output.
        System.setProperty(
                "org.slf4j.simpleLogger.logFile",
                runFolder.resolve("clients.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        summaryFile = runFolder.resolve("summary.txt");
        System.setProperty(ProgressListener.PROPERTY, summaryFile.toString());
        say("run folder: " + displayPath(runFolder));
        say("options: " + options.describe());
        Path classes = runFolder.resolve("classes");
        TestCompiler.compile(repo, sourceFolder(), classes);
        if (options.selfTest()) {
            RunSettings.forProfile(options.profile(), "", options.writers(), outputFolder, runFolder, repo, false)
                    .publish();
            return runJUnit(classes, runFolder);
        }
        if (options.waitToAttachDebugger() && options.localBuild() == null) {
            say("note: --wait-to-attach-debugger has no effect without --local-build");
        }
        try (Kafka kafka = startKafka(runFolder)) {
            createTopics(kafka);
            WriterSetup setup = new WriterSetup(
                    options.profile(),
                    kafka.bootstrapServers(),
                    RunSettings.poolTopicOf(options.profile()),
                    RunSettings.commandTopicOf(options.profile()),
                    outputFolder,
                    runFolder,
                    repo,
                    options.localBuild(),
                    options.writers(),
                    options.waitToAttachDebugger() && options.localBuild() != null,
                    WriterSetup.DEV_LOG);
            WriterModules modules = writerModules();
            try (AutoCloseable writers = startWriters(kafka, setup)) {
                RunSettings.forProfile(
                                options.profile(),
                                kafka.bootstrapServers(),
                                options.writers(),
                                outputFolder,
                                runFolder,
                                repo,
                                setup.waitForDebugger())
                        .withAbsentModules(modules.absent())
                        .publish();
                return runJUnit(classes, runFolder);
            }
        } catch (Exception e) {
            throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getMessage(), e);
        }
    }

    private int runJUnit(Path classes, Path runFolder) {
        int exitCode =
                JUnitConsole.execute(classes, runFolder.resolve("junit"), options.consoleOptions(), options.verbose());
        say("logs: " + displayPath(runFolder));
        // The console fails a run that found no tests; one whose tests were all skipped must fail too.
        if (exitCode == 2 || exitCode == 0 && ProgressListener.lastRun().nothingRan()) {
            say("no tests ran"
                    + (options.keywordExpression() == null
                            ? ""
                            : ": -k '" + options.keywordExpression() + "' selects none, or only skipped ones"));
            return exitCode == 0 ? 1 : exitCode;
        }
        return exitCode;
    }

    private Kafka startKafka(Path runFolder) {
        if (options.embeddedKafka()) {
            long start = System.nanoTime();
            EmbeddedKafka kafka = EmbeddedKafka.start(runFolder.resolve("broker.log"));
            say(String.format(
                    "kafka: embedded broker at %s, ready in %.1f s",
                    kafka.bootstrapServers(), (System.nanoTime() - start) / 1e9));
            return kafka;
        }
        return ExternalKafka.connect(options.kafka(), EXTERNAL_KAFKA_TIMEOUT);
    }

    private void createTopics(Kafka kafka) {
        if (options.embeddedKafka()) {
            Topics.create(kafka, HarnessTopics.ALL);
        } else {
            say("kafka: deleting and recreating the harness's " + HarnessTopics.ALL.size() + " topics on "
                    + kafka.bootstrapServers() + " (other topics are left alone)");
            Topics.recreate(kafka, HarnessTopics.ALL);
        }
    }

    /**
     * The modules the writers under test lack: the reference writer's per profile (also for writers started by
     * hand, which are unknown); a local build is asked.
     */
    private WriterModules writerModules() {
        if (options.localBuild() == null) {
            return WriterModules.referenceWriter(RunSettings.PROFILE_CURRENT.equals(options.profile()));
        }
        WriterModules modules = WriterModules.probe(LocalBuild.binary(options.localBuild()));
        say("writers: "
                + (modules.absent().isEmpty()
                        ? "every module the tests need"
                        : "no " + String.join(", ", modules.absent()) + "; tests needing them are skipped")
                + " (" + modules.source() + ")");
        return modules;
    }

    /** Starts the run's writers, or with --no-writer says how to start them by hand. */
    private AutoCloseable startWriters(Kafka kafka, WriterSetup setup) {
        if (options.noWriter()) {
            say("writers: none started (--no-writer); the tests expect " + setup.count() + ", started for example as:");
            for (int index = 1; index <= setup.count(); index++) {
                say("  " + String.join(" ", WriterCommandLine.exampleFor(setup, index)));
            }
            return () -> {};
        }
        long start = System.nanoTime();
        String kind = setup.localBuild() == null
                ? "reference writer"
                : LocalBuild.binary(setup.localBuild()).toString();
        say("writers: starting " + setup.count() + " x " + kind + " (profile " + setup.profile() + ")");
        WriterPool pool = WriterPool.start(kafka, setup, System.out);
        say(String.format(
                "writers: %d ready in %.1f s (%s)",
                setup.count(),
                (System.nanoTime() - start) / 1e9,
                pool.writers().stream().map(WriterProcess::toString).collect(Collectors.joining(", "))));
        return pool;
    }

    /** Prints a line of the run's own and keeps it in the summary file, ahead of the test results. */
    private void say(String line) {
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
