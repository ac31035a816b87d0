package lib.runner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import picocli.CommandLine.Parameters;

/**
 * The runner's command line: {@code run_tests.java} mixes this in, picocli fills it, {@link Runner} reads it.
 * {@link #validate()} checks everything that can be checked before anything starts (decisions A12).
 */
public final class RunOptions {
    @Option(
            names = "-k",
            paramLabel = "EXPR",
            description = "Run only tests whose names match EXPR, as pytest's -k: case-insensitive substrings of"
                    + " class, method and display names, combined with not, and, or (binding in that order) and"
                    + " parentheses. Stress tests (tagged stress) run only when EXPR selects them: -k stress.")
    String keywordExpression;

    @Option(
            names = "--kafka",
            paramLabel = "MODE",
            defaultValue = "embedded",
            converter = KafkaMode.Converter.class,
            description = "embedded (default): a broker in a child JVM; compose: compose/kafka.yml, brought up and"
                    + " down with the run; HOST:PORT: a running cluster, where the harness deletes and recreates its"
                    + " own topics.")
    KafkaMode kafka;

    @Option(
            names = "--local-build",
            paramLabel = "DIR",
            description = "Run DIR/bin/kafka-to-nexus as the writers instead of the reference writer.")
    Path localBuild;

    @Option(
            names = "--wait-to-attach-debugger",
            description = "Stop each writer right after start, print its PID and wait for Enter, so a debugger can"
                    + " attach (with --local-build or --image).")
    boolean waitToAttachDebugger;

    @Option(
            names = "--image",
            paramLabel = "NAME",
            description = "Run the writers as containers from image NAME (made by build_image.java).")
    String image;

    @Option(
            names = "--no-writer",
            description = "Start no writers: you run them yourself against the run's broker and topics.")
    boolean noWriter;

    @Option(
            names = "--writers",
            paramLabel = "N",
            defaultValue = "2",
            description = "Number of writers (default ${DEFAULT-VALUE}); with --no-writer, how many you run."
                    + " Tests needing more are skipped.")
    int writers;

    @Option(
            names = "--profile",
            paramLabel = "P",
            defaultValue = "current",
            converter = ProfileConverter.class,
            description = "Writer behaviour to expect: current (default) or 2022.")
    Profile profile;

    @Mixin
    LogFolder logFolder;

    @Option(names = "--list", description = "Show the selected tests and run nothing.")
    boolean list;

    @Option(names = "--fail-fast", description = "Skip the remaining tests after the first failure.")
    boolean failFast;

    @Mixin
    Verbosity verbosity;

    @Option(names = "--self-test", description = "Run the project's own tests (selftests/) instead of the suite.")
    boolean selfTest;

    @Parameters(
            paramLabel = "CONSOLE_OPTION",
            arity = "0..*",
            description = "After --: options handed to the JUnit console launcher as they are.")
    List<String> consoleOptions = new ArrayList<>();

    private Path repoRoot;
    private WriterMode writerMode;

    /** Checks everything that can be checked before anything starts; throws {@link UsageException}. */
    public void validate() {
        if (keywordExpression != null) {
            try {
                KeywordExpression.parse(keywordExpression);
            } catch (KeywordExpressionException e) {
                throw new UsageException(e.getMessage());
            }
        }
        if (writers < 0) {
            throw new UsageException("--writers " + writers + ": must be 0 or more");
        }
        writerMode();
    }

    /** The run's writers, chosen once from --local-build, --image and --no-writer. */
    public WriterMode writerMode() {
        if (writerMode == null) {
            writerMode = WriterMode.choose(localBuild, image, noWriter, repoRoot());
        }
        return writerMode;
    }

    public KafkaMode kafka() {
        return kafka;
    }

    public String keywordExpression() {
        return keywordExpression;
    }

    public boolean waitToAttachDebugger() {
        return waitToAttachDebugger;
    }

    public int writers() {
        return writers;
    }

    public Profile profile() {
        return profile;
    }

    public Path logs() {
        return logFolder.in(repoRoot());
    }

    public boolean list() {
        return list;
    }

    public boolean failFast() {
        return failFast;
    }

    public boolean verbose() {
        return verbosity.verbose();
    }

    public boolean selfTest() {
        return selfTest;
    }

    public List<String> consoleOptions() {
        return List.copyOf(consoleOptions);
    }

    /** The repository: the folder holding run_tests.java, this one or a parent. */
    public Path repoRoot() {
        if (repoRoot == null) {
            repoRoot = RepoRoot.of("run_tests.java");
        }
        return repoRoot;
    }

    /** The options that shape a run, as one line for its summary. */
    String describe() {
        String selection = (keywordExpression == null ? "" : ", -k '" + keywordExpression + "'")
                + (failFast ? ", --fail-fast" : "");
        if (selfTest) {
            return "--self-test" + selection;
        }
        return "profile " + profile + ", kafka " + kafka.describe() + ", " + writers + " writers: "
                + writerMode().describe() + selection;
    }
}
