package lib.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import lib.cli.LogFolder;
import lib.cli.ProfileConverter;
import lib.cli.RepoRoot;
import lib.cli.UsageException;
import lib.cli.Verbosity;
import lib.modes.KafkaMode;
import lib.modes.WriterMode;
import lib.wire.Profile;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The fuzzer's command line: {@code fuzz_writer.java} mixes this in, {@link FuzzRun} reads it. */
public final class FuzzOptions {
    /** The short mode's inputs: enough for every topic and most mutation kinds, in about a minute. */
    static final int SHORT_COUNT = 1000;

    /** The short mode's seed, so that CI sends the same inputs every time. */
    static final long SHORT_SEED = 1;

    static final int DEFAULT_COUNT = 2000;

    @Option(
            names = "--duration",
            paramLabel = "TIME",
            converter = DurationConverter.class,
            description = "Fuzz for this long (e.g. 90s, 10m, 2h); with --count, whichever ends first.")
    Duration duration;

    @Option(
            names = "--count",
            paramLabel = "N",
            description = "Send N inputs (default " + DEFAULT_COUNT + " without --duration).")
    Integer count;

    @Option(
            names = "--short",
            description = "The CI mode: " + SHORT_COUNT + " inputs over all topics with seed " + SHORT_SEED
                    + " (unless --seed), about a minute with the reference writer.")
    boolean shortMode;

    @Option(
            names = "--seed",
            paramLabel = "N",
            description = "Seed of the input generator; a run with the same seed sends the same mutations"
                    + " (default: random, printed at the start).")
    Long seed;

    @Option(
            names = "--topics",
            paramLabel = "LIST",
            defaultValue = "pool,command,data",
            description = "Which topics to fuzz: pool, command, data, comma-separated (default ${DEFAULT-VALUE}).")
    String topics;

    @Option(
            names = "--profile",
            paramLabel = "P",
            defaultValue = "current",
            converter = ProfileConverter.class,
            description = "Writer behaviour the answers are checked against: current (default) or 2022.")
    Profile profile;

    @Option(
            names = "--writers",
            paramLabel = "N",
            defaultValue = "2",
            description = "Number of writers (default ${DEFAULT-VALUE}).")
    int writers;

    @Option(
            names = "--kafka",
            paramLabel = "MODE",
            defaultValue = "embedded",
            converter = KafkaMode.Converter.class,
            description = "embedded (default), compose, or HOST:PORT of a running cluster (as run_tests.java;"
                    + " only the fuzzer's own fuzz_writer_* topics are recreated there).")
    KafkaMode kafka;

    @Option(
            names = "--local-build",
            paramLabel = "DIR",
            description = "Fuzz DIR/bin/kafka-to-nexus instead of the reference writer.")
    Path localBuild;

    @Option(
            names = "--image",
            paramLabel = "NAME",
            description = "Fuzz writer containers from image NAME (made by build_image.java).")
    String image;

    @Option(
            names = "--replay",
            paramLabel = "FILE",
            description = "Send the inputs of a saved case (logs/fuzz/<run>/cases/*.json) again and report what the"
                    + " writers do; exits non-zero if one dies or hangs.")
    Path replay;

    @Option(
            names = "--strict",
            description = "Exit non-zero also for wrong answers and files outside the output folder.")
    boolean strict;

    @Option(
            names = "--keep-files",
            description = "Keep the files the writers wrote (default: deleted after each batch).")
    boolean keepFiles;

    @Option(
            names = "--no-minimize",
            negatable = false,
            description = "Save all inputs of a batch that killed a writer, without narrowing them down.")
    boolean noMinimize;

    @Mixin
    LogFolder logFolder;

    @Mixin
    Verbosity verbosity;

    private Path repo;
    private WriterMode writerMode;

    /** Checks the options before anything starts; throws {@link UsageException}. */
    void validate() {
        if (writers < 1) {
            throw new UsageException("--writers " + writers + ": at least 1");
        }
        if (count != null && count < 1) {
            throw new UsageException("--count " + count + ": at least 1");
        }
        topicSet();
        writerMode();
    }

    Set<FuzzTopic> topicSet() {
        Set<FuzzTopic> set = FuzzTopic.parseList(topics);
        return set.isEmpty() ? EnumSet.allOf(FuzzTopic.class) : set;
    }

    /** Inputs to send: --count, --short's, or the default when neither --count nor --duration is given. */
    long inputLimit() {
        if (count != null) {
            return count;
        }
        if (shortMode) {
            return SHORT_COUNT;
        }
        return duration == null ? DEFAULT_COUNT : Long.MAX_VALUE;
    }

    Duration timeLimit() {
        return duration;
    }

    long seed() {
        if (seed == null) {
            seed = shortMode ? SHORT_SEED : System.nanoTime() & 0xffff_ffffL;
        }
        return seed;
    }

    WriterMode writerMode() {
        if (writerMode == null) {
            writerMode = WriterMode.choose(localBuild, image, false, repo());
        }
        return writerMode;
    }

    Path repo() {
        if (repo == null) {
            repo = RepoRoot.of("fuzz_writer.java");
        }
        return repo;
    }

    Path logs() {
        return logFolder.in(repo()).resolve("fuzz");
    }

    /** The command line, as far as it shapes the run, for the summary. */
    String describe() {
        return "profile " + profile + ", kafka " + kafka.describe() + ", " + writers + " writer(s): "
                + writerMode().describe() + ", topics " + topics + ", seed " + seed();
    }
}
