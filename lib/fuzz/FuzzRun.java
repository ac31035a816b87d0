package lib.fuzz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import lib.runner.LeftoverSweep;
import lib.runner.RunFolder;

/**
 * A fuzz run: batches of inputs, one topic after the other, each followed by the check of the writers,
 * the answers and the output folder; progress every ten seconds; a table per topic and mutation kind at the end.
 * The exit code is 1 when a writer died or hung (with {@code --strict}, also for wrong answers and stray files).
 */
public final class FuzzRun {
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final FuzzOptions options;
    private final Path runFolder;
    private final Path outputFolder;
    private final RunLog log;
    private final Tally tally = new Tally();
    private long startNanos;
    private long lastProgress;

    private FuzzRun(FuzzOptions options) {
        this.options = options;
        this.runFolder = RunFolder.create(options.logs());
        this.outputFolder = runFolder.resolve("output-files");
        this.log = new RunLog(runFolder);
        // Kafka clients of this JVM log here, not onto the run's output.
        System.setProperty(
                "org.slf4j.simpleLogger.logFile",
                runFolder.resolve("clients.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    /** Runs as the options say (a fuzz run or a replay) and returns the exit code. */
    public static int run(FuzzOptions options) {
        options.validate();
        // Over the whole logs folder: a killed fuzz run leaves writers as a killed test run does.
        LeftoverSweep.sweep(options.logs().getParent(), System.out);
        if (options.replay != null) {
            return new Replay(options).run();
        }
        return new FuzzRun(options).fuzz();
    }

    private int fuzz() {
        createFolder(outputFolder);
        log.say("run folder: " + runFolder);
        log.say("options: " + options.describe() + " (repeat with --seed " + options.seed() + ")");
        try (FuzzSession session = FuzzSession.open(options, options.profile, runFolder, outputFolder, log::say)) {
            Exchange exchange = session.exchange();
            List<Problem> before = exchange.health().check();
            if (!before.isEmpty()) {
                before.forEach(problem -> log.finding("before any input: " + problem.headline()));
                return 1;
            }
            InputGenerator generator = new InputGenerator(
                    options.seed(), options.profile, exchange.topics(), session.absentModules(), session.broker());
            Findings findings = new Findings(
                    log,
                    tally,
                    runFolder.resolve("cases"),
                    options.profile.label(),
                    options.writerMode().describe(),
                    !options.noMinimize);
            StrayFiles strays = StrayFiles.watching(runFolder, outputFolder, options.repo());
            loop(generator, session.batches(), exchange, findings, strays);
        }
        return finish();
    }

    private void loop(
            InputGenerator generator, Batches batches, Exchange exchange, Findings findings, StrayFiles strays) {
        List<FuzzTopic> topics = new ArrayList<>(options.topicSet());
        startNanos = System.nanoTime();
        lastProgress = startNanos;
        for (int batch = 0; !done(); batch++) {
            FuzzTopic topic = topics.get(batch % topics.size());
            int size = (int) Math.min(batchSize(topic), options.inputLimit() - tally.inputs());
            long batchStart = System.nanoTime();
            BatchOutcome outcome = batches.run(topic, InputSource.generated(generator, topic), size, null);
            if (options.verbosity.verbose()) {
                log.say(String.format(
                        "batch: %d %s inputs in %.1f s, the check after it included",
                        outcome.sent().size(), topic.label(), (System.nanoTime() - batchStart) / 1e9));
            }
            outcome.sent().forEach(tally::sent);
            findings.deviations(outcome);
            findings.escapes(strays.collect(), outcome);
            if (!outcome.problems().isEmpty()) {
                findings.problems(outcome, exchange);
            }
            exchange.traffic().forget();
            if (!options.keepFiles) {
                deleteOutputFiles();
            }
            progress(false);
        }
    }

    /** Inputs per batch: pool inputs wait for the pool's rebalances, data inputs cost almost nothing. */
    private static int batchSize(FuzzTopic topic) {
        return switch (topic) {
            case POOL -> 25;
            case COMMAND -> 60;
            case DATA -> 250;
        };
    }

    private boolean done() {
        Duration limit = options.timeLimit();
        return tally.inputs() >= options.inputLimit()
                || limit != null && System.nanoTime() - startNanos >= limit.toNanos();
    }

    private void progress(boolean last) {
        long now = System.nanoTime();
        if (!last && now - lastProgress < PROGRESS_EVERY.toNanos()) {
            return;
        }
        lastProgress = now;
        double seconds = Math.max(0.001, (now - startNanos) / 1e9);
        log.say(String.format(
                "fuzz: %.0f s, %d inputs (%.1f/s): pool %d, command %d, data %d; crashes %d, hangs %d, wrong answers"
                        + " %d, stray files %d",
                seconds,
                tally.inputs(),
                tally.inputs() / seconds,
                tally.inputs(FuzzTopic.POOL),
                tally.inputs(FuzzTopic.COMMAND),
                tally.inputs(FuzzTopic.DATA),
                tally.crashes(),
                tally.hangs(),
                tally.deviations(),
                tally.escapes()));
    }

    private int finish() {
        progress(true);
        log.say("");
        ClosingTable.render(tally).forEach(log::say);
        log.say("");
        boolean failed =
                tally.crashes() + tally.hangs() > 0 || options.strict && tally.deviations() + tally.escapes() > 0;
        log.say(String.format(
                "%d inputs, %d crashes, %d hangs, %d wrong answers, %d stray files (seed %d)%s",
                tally.inputs(),
                tally.crashes(),
                tally.hangs(),
                tally.deviations(),
                tally.escapes(),
                options.seed(),
                failed ? "" : ": passed"));
        log.say("logs: " + runFolder);
        return failed ? 1 : 0;
    }

    private void deleteOutputFiles() {
        try (Stream<Path> files = Files.walk(outputFolder)) {
            files.sorted(java.util.Comparator.reverseOrder())
                    .filter(path -> !path.equals(outputFolder))
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            log.say("could not clear " + outputFolder + ": " + e.getMessage());
        }
    }

    static void createFolder(Path folder) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("could not create " + folder, e);
        }
    }
}
