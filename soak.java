///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//SOURCES lib/soak/*.java
//SOURCES lib/cli/*.java
//SOURCES lib/runner/RunFolder.java
//SOURCES lib/kafka/FileTrees.java
//SOURCES lib/wire/Profile.java

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lib.cli.LogFolder;
import lib.cli.ProfileConverter;
import lib.cli.RepoRoot;
import lib.cli.Scripts;
import lib.cli.UsageException;
import lib.soak.Soak;
import lib.wire.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Runs the system tests N times and reports each test's pass rate and durations, and writers that died. */
@Command(
        name = "soak.java",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        version = "file-writer system tests: soak",
        description = {
            "Runs ./jbang run_tests.java N times with the options given, reads each run's JUnit XML"
                    + " (logs/<run>/junit/TEST-*.xml) and prints every test's pass rate and its median and slowest"
                    + " duration, flakiest first, and every line of the runs' output that says a writer died.",
            "Each run's output is kept in logs/soak/<start time>/. Exits non-zero if a run failed or a writer died."
        },
        footer = {
            "",
            "Examples:",
            "  ./jbang soak.java",
            "  ./jbang soak.java -n 2 -k test_static_data",
            "  ./jbang soak.java -n 20 --profile 2022 -k 'commands or links'",
            "  ./jbang soak.java -n 5 --local-build ../kafka-to-nexus/build"
        })
public class soak implements Callable<Integer> {
    @Option(
            names = {"-n", "--runs"},
            paramLabel = "N",
            defaultValue = "10",
            description = "How many runs (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(
            names = "--profile",
            paramLabel = "P",
            converter = ProfileConverter.class,
            description = "Passed to run_tests.java: current or 2022.")
    Profile profile;

    @Option(names = "-k", paramLabel = "EXPR", description = "Passed to run_tests.java: which tests run.")
    String keywords;

    @Option(
            names = "--kafka",
            paramLabel = "MODE",
            description = "Passed to run_tests.java: embedded, compose or HOST:PORT.")
    String kafka;

    @Option(names = "--image", paramLabel = "NAME", description = "Passed to run_tests.java: writer containers.")
    String image;

    @Option(names = "--local-build", paramLabel = "DIR", description = "Passed to run_tests.java: a writer build.")
    String localBuild;

    @Mixin
    LogFolder logFolder;

    public static void main(String... args) {
        System.exit(Scripts.execute(new soak(), args));
    }

    @Override
    public Integer call() {
        if (runs < 1) {
            throw new UsageException("-n " + runs + ": at least 1 run");
        }
        List<String> arguments = new ArrayList<>();
        add(arguments, "--profile", profile == null ? null : profile.label());
        add(arguments, "-k", keywords);
        add(arguments, "--kafka", kafka);
        add(arguments, "--image", image);
        add(arguments, "--local-build", localBuild);
        java.nio.file.Path repo = RepoRoot.of("soak.java");
        return new Soak(repo, logFolder.in(repo), System.out).run(runs, arguments);
    }

    private static void add(List<String> arguments, String option, String valueOrNull) {
        if (valueOrNull != null) {
            arguments.add(option);
            arguments.add(valueOrNull);
        }
    }
}
