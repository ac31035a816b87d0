package lib.runner;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import lib.cli.RunParts;
import lib.fixtures.InherentWaits;
import lib.fixtures.TimeSpans;
import lib.fixtures.WriterWatchExtension;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints the tree of tests while they run, each with its duration, failures with their cause, and a closing
 * {@code N passed, N failed, N skipped} line; writes the same into the run's summary file. Registered through
 * ServiceLoader; it stays silent unless the runner set the configuration parameter {@value #SUMMARY_FILE}.
 */
public final class ProgressListener implements TestExecutionListener {
    /** Configuration parameter: the run's summary file. */
    public static final String SUMMARY_FILE = "fwst.summaryFile";
    /** Configuration parameter: whether failures show their whole stack trace. */
    public static final String VERBOSE = "fwst.verbose";

    private final PrintStream out = System.out;
    private Path summaryFile;
    private boolean verbose;
    private final boolean interactive = System.console() != null;
    private boolean runningLineShown;
    private final Map<String, Long> startNanos = new ConcurrentHashMap<>();
    private long planStartNanos = System.nanoTime();
    private final Set<String> finishedTests = ConcurrentHashMap.newKeySet();
    private final Set<String> printedHeaders = new HashSet<>();
    private final List<String> summary = new ArrayList<>();
    private TestPlan plan;
    private final Tally tally = new Tally();
    private final TimeSpans inherentWaits = new TimeSpans();

    /** The run's stop, when the runner registered one; once it stops, this listener prints only what it says. */
    private RunStop runStop;
    /** The tests that started and have not finished, in the order they started. */
    private final Map<String, TestIdentifier> running = new LinkedHashMap<>();

    private String lastFinished;
    private boolean silent;
    private boolean summaryWritten;

    private boolean active() {
        return summaryFile != null && !silent && (runStop == null || !runStop.stopped());
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.plan = testPlan;
        this.summaryFile = testPlan.getConfigurationParameters()
                .get(SUMMARY_FILE)
                .map(Path::of)
                .orElse(null);
        this.verbose = testPlan.getConfigurationParameters().getBoolean(VERBOSE).orElse(false);
        planStartNanos = System.nanoTime();
        this.runStop = testPlan.getConfigurationParameters()
                .get(RunParts.PARAMETER)
                .flatMap(key -> RunParts.find(key, RunStop.class))
                .orElse(null);
        if (runStop != null && summaryFile != null) {
            runStop.attach(new StopReport());
        }
    }

    @Override
    public synchronized void executionStarted(TestIdentifier id) {
        startNanos.put(id.getUniqueId(), System.nanoTime());
        if (id.isTest()) {
            running.put(id.getUniqueId(), id);
        }
        if (active() && interactive && id.isTest()) {
            printHeadersAbove(id);
            // Shown while the test runs, replaced by its result line (terminals only).
            out.print(indent(id) + "...  " + id.getDisplayName());
            out.flush();
            runningLineShown = true;
        }
    }

    /**
     * Report entries of the harness: the tests' inherent waits (see {@link InherentWaits}), and lines the extensions
     * publish for the tree, such as "writer 1 replaced: writer-1.2.log".
     */
    @Override
    public synchronized void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        String span = entry.getKeyValuePairs().get(InherentWaits.REPORT_KEY);
        if (span != null) {
            InherentWaits.addReported(span, inherentWaits);
        }
        if (!active()) {
            return;
        }
        String continued = "\n" + indent(id) + "  ";
        entry.getKeyValuePairs().entrySet().stream()
                .filter(pair -> pair.getKey().equals(WriterWatchExtension.NOTE))
                .forEach(pair -> printLine(id, pair.getValue().replace("\n", continued)));
    }

    @Override
    public synchronized void executionSkipped(TestIdentifier id, String reason) {
        if (!active() || KeywordCondition.DESELECTED.equals(reason)) {
            return;
        }
        Set<TestIdentifier> tests = testsUnder(id);
        tally.skipped += tests.size();
        printLine(id, (id.isTest() ? "skip " : "") + id.getDisplayName() + ": skipped, " + reason);
    }

    @Override
    public synchronized void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (!active()) {
            return;
        }
        long millis = millisSinceStart(id);
        TestExecutionResult.Status status = result.getStatus();
        if (id.isTest()) {
            running.remove(id.getUniqueId());
            lastFinished = id.getDisplayName();
            finishedTests.add(id.getUniqueId());
            switch (status) {
                case SUCCESSFUL -> tally.passed++;
                case ABORTED -> tally.skipped++;
                case FAILED -> tally.failed++;
                default -> throw new IllegalStateException("unknown status " + status);
            }
            String mark =
                    switch (status) {
                        case SUCCESSFUL -> "ok  ";
                        case ABORTED -> "skip";
                        case FAILED -> "FAIL";
                    };
            String reason = status == TestExecutionResult.Status.ABORTED
                    ? result.getThrowable().map(t -> ": " + t.getMessage()).orElse("")
                    : "";
            printLine(id, mark + " " + id.getDisplayName() + " (" + millis + " ms)" + reason);
        } else if (status == TestExecutionResult.Status.FAILED) {
            // A failing container (a @BeforeAll, a fixture) fails the tests it never ran, or counts once.
            long unrun = testsUnder(id).stream()
                    .filter(t -> !finishedTests.contains(t.getUniqueId()))
                    .count();
            tally.failed += Math.max(1, unrun);
            printLine(id, "FAIL " + id.getDisplayName() + " (" + millis + " ms)");
        }
        if (status == TestExecutionResult.Status.FAILED) {
            String indent = indent(id) + "     ";
            result.getThrowable().ifPresent(failure -> print(Failures.describe(failure, indent, verbose)));
        }
    }

    @Override
    public synchronized void testPlanExecutionFinished(TestPlan testPlan) {
        if (!active()) {
            return;
        }
        TestCounts counts = new TestCounts(tally.passed, tally.failed, tally.skipped);
        Duration inherent = inherentWaits.total();
        if (inherent.toSeconds() > 0) { // suite runs only: self-tests have no inherent waits to speak of
            long wallSeconds =
                    Duration.ofNanos(System.nanoTime() - planStartNanos).toSeconds();
            print("time: " + wallSeconds + " s running tests, of which " + inherent.toSeconds()
                    + " s inherent waits (observation windows, paced publishing, status intervals, jobs that end"
                    + " at their stop time)");
        }
        print(counts.toString());
        writeSummary();
    }

    /** Once: at the plan's end, or when the run stops before it. */
    private void writeSummary() {
        if (summaryWritten) {
            return;
        }
        summaryWritten = true;
        try {
            Files.write(
                    summaryFile, summary, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write " + summaryFile, e);
        }
    }

    private long millisSinceStart(TestIdentifier id) {
        return (System.nanoTime() - startNanos.getOrDefault(id.getUniqueId(), System.nanoTime())) / 1_000_000;
    }

    /** The tree's part in a run that stops: the tests in progress are printed as stopped, then nothing more. */
    private final class StopReport implements RunStop.Tree {
        @Override
        public String where() {
            synchronized (ProgressListener.this) {
                if (!running.isEmpty()) {
                    return "during "
                            + String.join(
                                    ", ",
                                    running.values().stream()
                                            .map(TestIdentifier::getDisplayName)
                                            .toList());
                }
                return lastFinished == null ? "before the first test" : "after " + lastFinished;
            }
        }

        @Override
        public RunStop.Tally stop(String note) {
            synchronized (ProgressListener.this) {
                for (TestIdentifier id : running.values()) {
                    printLine(id, "stop " + id.getDisplayName() + " (" + millisSinceStart(id) + " ms): " + note);
                }
                silent = true;
                writeSummary();
                return new RunStop.Tally(tally.passed, tally.failed, running.size());
            }
        }
    }

    /** Prints the lines of the containers above {@code id} not printed yet, so empty containers never show. */
    private void printHeadersAbove(TestIdentifier id) {
        List<TestIdentifier> unprinted = new ArrayList<>();
        for (Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(id);
                parent.isPresent() && depth(parent.get()) >= 0;
                parent = plan.getParent(parent.get())) {
            if (!printedHeaders.contains(parent.get().getUniqueId())) {
                unprinted.add(0, parent.get());
            }
        }
        for (TestIdentifier header : unprinted) {
            printedHeaders.add(header.getUniqueId());
            print(indent(header) + header.getDisplayName());
        }
    }

    private void printLine(TestIdentifier id, String line) {
        printHeadersAbove(id);
        print(indent(id) + line);
    }

    private void print(String text) {
        if (runningLineShown) {
            out.print("\r\033[K");
            runningLineShown = false;
        }
        out.println(text);
        out.flush();
        summary.add(text);
    }

    private Set<TestIdentifier> testsUnder(TestIdentifier id) {
        Set<TestIdentifier> tests = new HashSet<>();
        if (id.isTest()) {
            tests.add(id);
        }
        if (plan != null) {
            plan.getDescendants(id).stream().filter(TestIdentifier::isTest).forEach(tests::add);
        }
        return tests;
    }

    private int depth(TestIdentifier id) {
        int depth = 0;
        for (Optional<TestIdentifier> parent = plan == null ? Optional.empty() : plan.getParent(id);
                parent.isPresent();
                parent = plan.getParent(parent.get())) {
            depth++;
        }
        return depth - 1; // the engine is the top (-1) and is not printed; its classes are at 0
    }

    private String indent(TestIdentifier id) {
        return "  ".repeat(Math.max(0, depth(id)));
    }

    private static final class Tally {
        long passed;
        long failed;
        long skipped;
    }
}
