///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.kafka:kafka-clients:4.1.1
//DEPS org.apache.kafka:kafka_2.13:4.1.1
//DEPS org.slf4j:slf4j-simple:1.7.36
//DEPS org.junit.platform:junit-platform-console-standalone:1.14.1
//DEPS org.assertj:assertj-core:3.27.7
//DEPS org.awaitility:awaitility:4.3.0
//DEPS io.jhdf:jhdf:0.13.0
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS com.google.flatbuffers:flatbuffers-java:25.2.10
//DEPS com.github.docker-java:docker-java-core:3.7.1
//DEPS com.github.docker-java:docker-java-transport-httpclient5:3.7.1
// -nowarn: docker-java's classes carry an annotation (org.immutables) that is not on the classpath, and javac
// would warn about it at every build of this script.
//COMPILE_OPTIONS -nowarn
//SOURCES lib/**/*.java
//FILES META-INF/services/org.junit.platform.launcher.TestExecutionListener=lib/runner/services/org.junit.platform.launcher.TestExecutionListener
//FILES META-INF/services/org.junit.platform.launcher.PostDiscoveryFilter=lib/runner/services/org.junit.platform.launcher.PostDiscoveryFilter
//FILES META-INF/services/org.junit.jupiter.api.extension.Extension=lib/runner/services/org.junit.jupiter.api.extension.Extension

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lib.cli.ProfileConverter;
import lib.cli.UsageException;
import lib.runner.RunOptions;
import lib.runner.Runner;
import lib.wire.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Runs the file-writer system tests (or, with --self-test, the project's own tests). */
@Command(
        name = "run_tests.java",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        version = "file-writer system tests",
        description = {
            "Starts Kafka and the writers, runs the system tests in tests/ and tears everything down.",
            "Every run leaves a folder logs/<start time>/ (logs/latest points at the newest)."
        },
        footer = {
            "",
            "Examples:",
            "  ./jbang run_tests.java",
            "  ./jbang run_tests.java --self-test",
            "  ./jbang run_tests.java -k 'start and not stop'",
            "  ./jbang run_tests.java --profile 2022 --list",
            "  ./jbang run_tests.java --kafka localhost:9092 --no-writer --writers 1",
            "  ./jbang run_tests.java --local-build ../kafka-to-nexus/build --wait-to-attach-debugger",
            "  ./jbang run_tests.java -- --details=tree --include-tag slow"
        })
public class run_tests implements Callable<Integer> {

    @Option(
            names = "-k",
            paramLabel = "EXPR",
            description = "Run only tests whose names match EXPR, as pytest's -k: case-insensitive substrings of"
                    + " class, method and display names, combined with not, and, or (binding in that order) and"
                    + " parentheses.")
    String keywordExpression;

    @Option(
            names = "--kafka",
            paramLabel = "MODE",
            defaultValue = "embedded",
            description = "embedded (default): a broker in a child JVM; compose: docker-compose (not implemented"
                    + " yet); HOST:PORT: a running cluster, where the harness deletes and recreates its own topics.")
    String kafka;

    @Option(
            names = "--local-build",
            paramLabel = "DIR",
            description = "Run DIR/bin/kafka-to-nexus as the writers instead of the reference writer.")
    Path localBuild;

    @Option(
            names = "--wait-to-attach-debugger",
            description = "Stop each writer right after start, print its PID and wait for Enter, so a debugger can"
                    + " attach (only with --local-build).")
    boolean waitToAttachDebugger;

    @Option(
            names = "--image",
            paramLabel = "NAME",
            description = "Run writer containers from image NAME (not implemented yet).")
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

    @Option(
            names = "--logs",
            paramLabel = "DIR",
            description = "Folder for run folders (default: logs/ in the repository).")
    Path logs;

    @Option(names = "--list", description = "Show the selected tests and run nothing.")
    boolean list;

    @Option(names = "--fail-fast", description = "Skip the remaining tests after the first failure.")
    boolean failFast;

    @Option(
            names = {"-v", "--verbose"},
            description = "More output: JUnit's summary, full stack traces.")
    boolean verbose;

    @Option(names = "--self-test", description = "Run the project's own tests (selftests/) instead of the suite.")
    boolean selfTest;

    @Parameters(
            paramLabel = "CONSOLE_OPTION",
            arity = "0..*",
            description = "After --: options handed to the JUnit console launcher as they are.")
    List<String> consoleOptions = new ArrayList<>();

    public static void main(String... args) {
        CommandLine commandLine = new CommandLine(new run_tests())
                .setParameterExceptionHandler(run_tests::badOption)
                .setExecutionExceptionHandler(run_tests::failure);
        System.exit(commandLine.execute(args));
    }

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!consoleOptions.isEmpty()
                && !spec.commandLine().getParseResult().expandedArgs().contains("--")) {
            throw new UsageException("unexpected argument '" + consoleOptions.get(0)
                    + "'; JUnit console options go after --, as in: ./jbang run_tests.java -- --details=tree");
        }
        Path repo = repoRoot();
        RunOptions options = new RunOptions(
                keywordExpression,
                kafka,
                localBuild,
                waitToAttachDebugger,
                image,
                noWriter,
                writers,
                profile,
                logs != null ? logs.toAbsolutePath() : repo.resolve("logs"),
                list,
                failFast,
                verbose,
                selfTest,
                consoleOptions,
                repo);
        return Runner.run(options);
    }

    /** The repository root: the current folder or the nearest parent holding this script. */
    private static Path repoRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve("run_tests.java")) && Files.isDirectory(folder.resolve("lib"))) {
                return folder;
            }
        }
        throw new UsageException("run from the repository: no run_tests.java in this folder or its parents");
    }

    private static int badOption(CommandLine.ParameterException e, String[] args) {
        String suggestion = "see --help";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            suggestion = "did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        e.getCommandLine().getErr().println("run_tests.java: " + e.getMessage() + "; " + suggestion);
        return 2;
    }

    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        boolean verbose = parseResult.hasMatchedOption("-v");
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        cmd.getErr().println("run_tests.java: " + message);
        if (verbose) {
            e.printStackTrace(cmd.getErr());
        }
        return e instanceof UsageException ? 2 : 1;
    }
}
