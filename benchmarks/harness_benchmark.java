///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//SOURCES ../lib/cli/RepoRoot.java ../lib/cli/UsageException.java ../lib/cli/ExitCoded.java
//SOURCES harness/*.java

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.concurrent.Callable;
import java.util.function.Function;
import lib.cli.RepoRoot;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * How fast the harness itself is (issue 19): the cached start of run_tests.java, the broker and the writers getting
 * ready, a one-test -k turnaround (embedded broker, and a broker kept up by compose.java), and the suite's wall time
 * against the sum of the waits its tests must do by protocol, per profile. Every figure comes from running the
 * commands a user types, timed from outside, plus the figures those runs print about themselves.
 */
@Command(
        name = "harness_benchmark",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "Times the harness: start, broker and writers ready, -k turnaround, suite vs its inherent waits.",
            "Run from the repository root. Exit status 1 only when a run of the tests fails, never because of a time.",
            "",
            "Examples:",
            "  ./jbang benchmarks/harness_benchmark.java --short   # ~2-3 min: 1 turnaround, a 4-test subset per"
                    + " profile",
            "  ./jbang benchmarks/harness_benchmark.java           # full: 5 turnarounds each way, whole suite per"
                    + " profile",
            ""
        })
public class harness_benchmark implements Callable<Integer> {
    /** A subset that runs under both profiles and uses both writers (as CI's compose steps). */
    static final String SHORT_SUITE =
            "test_filewriter_commands or test_two_writers_write_three_files or test_ignores_commands_with_incorrect_id"
                    + " or test_links";

    static final double TURNAROUND_TARGET_EMBEDDED = 5.0;
    static final double TURNAROUND_TARGET_KEPT_BROKER = 3.0;

    @Option(names = "--short", description = "a quick run for CI: fewer repeats, no compose, a subset for the suite")
    boolean shortRun;

    @Option(names = "--runs", description = "repeats of each -k turnaround (default: 5, 1 with --short)")
    Integer runs;

    @Option(names = "--help-runs", description = "repeats of run_tests.java --help (default: 10, 3 with --short)")
    Integer helpRuns;

    @Option(
            names = "-k",
            paramLabel = "EXPR",
            defaultValue = "test_links",
            description = "the turnaround's test (default: ${DEFAULT-VALUE})")
    String turnaroundTest;

    @Option(
            names = "--compose",
            negatable = true,
            description =
                    "also time the turnaround against a broker kept up by compose.java (default: on, off with --short)")
    Boolean compose;

    @Option(
            names = "--compose-port",
            description =
                    "the kept broker's port; its controller takes the next (default: a free pair found at run time)")
    Integer composePort;

    @Option(
            names = "--suite",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "time the suite per profile (default: on)")
    boolean suiteFigure;

    @Option(
            names = "--kafka-image",
            defaultValue = "fw-system-tests/kafka:latest",
            description = "for compose (default: ${DEFAULT-VALUE})")
    String kafkaImage;

    @Option(names = "--profile", split = ",", description = "profiles for the suite figure (default: current,2022)")
    List<String> profiles = new ArrayList<>(List.of("current", "2022"));

    @Option(
            names = "--suite-k",
            paramLabel = "EXPR",
            description = "the suite's -k (default: none, the whole suite; with --short a 4-test subset)")
    String suiteK;

    private Path repo;
    private Path outputs;
    private boolean allPassed = true;
    private final List<String> summary = new ArrayList<>();

    public static void main(String... args) {
        System.exit(new CommandLine(new harness_benchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        repo = RepoRoot.of("run_tests.java");
        // Beside the runs' own folders in logs/, so a slow or failed figure can be looked into afterwards.
        outputs = Files.createDirectories(repo.resolve("logs")
                .resolve("harness-benchmark-"
                        + java.time.LocalDateTime.now().withNano(0).toString().replace(':', '-')));
        int turnarounds = runs != null ? runs : shortRun ? 1 : 5;
        System.out.printf(
                Locale.ROOT,
                "machine: %d cores, load average %.2f; outputs of each command in %s%n",
                Runtime.getRuntime().availableProcessors(),
                loadAverage(),
                outputs);
        cachedStart(helpRuns != null ? helpRuns : shortRun ? 3 : 10);
        turnaround("embedded broker", List.of(), turnarounds, TURNAROUND_TARGET_EMBEDDED);
        if (compose != null ? compose : !shortRun) {
            keptBrokerTurnaround(turnarounds);
        }
        String suite = suiteK != null ? suiteK : shortRun ? SHORT_SUITE : null;
        for (String profile : suiteFigure ? profiles : List.<String>of()) {
            suite(profile, suite);
        }
        System.out.println();
        System.out.printf(Locale.ROOT, "harness figures (load average now %.2f):%n", loadAverage());
        summary.forEach(line -> System.out.println("  " + line));
        System.out.println(allPassed ? "every test run passed" : "A TEST RUN FAILED: see above");
        return allPassed ? 0 : 1;
    }

    /** run_tests.java --help with its jar cached: the cost of the launcher and the runner's own start. */
    private void cachedStart(int count) {
        run("help-warm-up", Map.of(), jbang("run_tests.java", "--help")); // builds the jar when sources changed
        List<Double> walls = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            walls.add(run("help-" + i, Map.of(), jbang("run_tests.java", "--help"))
                    .wallSeconds());
        }
        add("cached start (./jbang run_tests.java --help)", Spread.of(walls).describe());
    }

    /** N runs of one test: wall time, and the broker's and writers' readiness each run printed. */
    private void turnaround(String where, List<String> kafkaOptions, int count, double target) {
        // Not counted: the first run after a change compiles the tests and builds the reference writer.
        List<String> options = new ArrayList<>(kafkaOptions);
        options.addAll(List.of("-k", turnaroundTest));
        run("k-warm-up", Map.of(), runTests(options));
        List<RunFigures> figures = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            CommandRun run = run("k-" + where.replace(' ', '-') + "-" + i, Map.of(), runTests(options));
            figures.add(RunFigures.of(run));
        }
        Spread wall = spread(figures, RunFigures::wallSeconds);
        add(
                "-k " + turnaroundTest + ", " + where + ": wall",
                wall.describe()
                        + String.format(
                                Locale.ROOT,
                                "  target <= %.0f s: %s",
                                target,
                                wall.known() && wall.median() <= target ? "met" : "NOT MET"));
        add("  broker ready", spreadOf(figures, RunFigures::brokerReadySeconds).describe());
        add(
                "  writers ready",
                spreadOf(figures, RunFigures::writersReadySeconds).describe());
        add("  the test itself", spread(figures, f -> f.testMillis() / 1000).describe());
        // What neither readiness line nor the test accounts for: launchers, the tests' compile check, teardown.
        add(
                "  the rest (launchers, compile check, JUnit, teardown)",
                spread(figures, RunFigures::restSeconds).describe());
    }

    /** Brings a broker up with compose.java, times the turnaround against it, and takes it down again. */
    private void keptBrokerTurnaround(int count) {
        String project = "fwst-harness-benchmark";
        int port = composePort != null ? composePort : FreePorts.pair();
        List<String> up = jbang(
                "compose.java",
                "up",
                "--project",
                project,
                "--port",
                Integer.toString(port),
                "--kafka-image",
                kafkaImage);
        CommandRun started = run("compose-up", Map.of(), up);
        if (!started.ok()) {
            add(
                    "-k " + turnaroundTest + ", broker kept up by compose.java",
                    "not measured: compose.java up failed (" + started.tail(1).trim() + ")");
            run("compose-down", Map.of(), jbang("compose.java", "down", "--project", project));
            return;
        }
        add("compose.java up (once)", Spread.of(List.of(started.wallSeconds())).describe());
        try {
            turnaround(
                    "broker kept up by compose.java",
                    List.of("--kafka", "127.0.0.1:" + port),
                    count,
                    TURNAROUND_TARGET_KEPT_BROKER);
        } finally {
            run("compose-down", Map.of(), jbang("compose.java", "down", "--project", project));
        }
    }

    /** One run of the suite (or of -k EXPR): its wall time against the waits its tests must do by protocol. */
    private void suite(String profile, String k) {
        List<String> options = new ArrayList<>(List.of("--profile", profile));
        if (k != null) {
            options.addAll(List.of("-k", k));
        }
        RunFigures figures = RunFigures.of(run("suite-" + profile, Map.of(), runTests(options)));
        String what = (k == null ? "suite" : k.equals(SHORT_SUITE) ? "4-test subset" : "-k '" + k + "'") + ", profile "
                + profile;
        double tests = figures.testsSeconds().orElse(Double.NaN);
        double inherent = figures.inherentSeconds().orElse(Double.NaN);
        add(
                what,
                String.format(
                        Locale.ROOT,
                        "wall %.1f s; tests %.0f s, of which inherent waits %.0f s"
                                + " (%.0f %%); wall / inherent %.2f; %s",
                        figures.wallSeconds(),
                        tests,
                        inherent,
                        100 * inherent / tests,
                        figures.wallSeconds() / inherent,
                        figures.counts()));
    }

    private CommandRun run(String name, Map<String, String> environment, List<String> command) {
        System.out.println("running: " + String.join(" ", command));
        CommandRun run = CommandRun.run(repo, outputs.resolve(name + ".log"), environment, command);
        System.out.printf(Locale.ROOT, "  %.2f s, exit status %d%n", run.wallSeconds(), run.exitStatus());
        if (!run.ok()) {
            System.out.println(run.tail(15));
            if (command.contains("run_tests.java")) {
                allPassed = false;
            }
        }
        return run;
    }

    private List<String> runTests(List<String> options) {
        List<String> command = new ArrayList<>(jbang("run_tests.java"));
        command.addAll(options);
        return command;
    }

    private List<String> jbang(String... words) {
        List<String> command = new ArrayList<>(List.of(repo.resolve("jbang").toString()));
        command.addAll(List.of(words));
        return command;
    }

    private void add(String what, String figure) {
        summary.add(String.format(Locale.ROOT, "%-62s %s", what, figure));
        System.out.println("=> " + what + ": " + figure);
    }

    private static Spread spread(List<RunFigures> figures, Function<RunFigures, Double> figure) {
        return Spread.of(figures.stream().map(figure).toList());
    }

    private static Spread spreadOf(List<RunFigures> figures, Function<RunFigures, OptionalDouble> figure) {
        return Spread.of(figures.stream()
                .map(figure)
                .filter(OptionalDouble::isPresent)
                .map(o -> o.getAsDouble())
                .toList());
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
