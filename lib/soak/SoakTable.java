package lib.soak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each test's record over several runs: in how many it ran (not skipped), in how many it passed, and the median and
 * slowest of its durations in the runs it ran; flakiest first.
 */
public final class SoakTable {
    /** One test's row. {@code median} and {@code slowest} are in seconds, NaN when the test never ran. */
    public record Row(String name, int runs, int passed, int skipped, double median, double slowest) {
        public double passRate() {
            return runs == 0 ? Double.NaN : (double) passed / runs;
        }
    }

    private final List<Row> rows;

    private SoakTable(List<Row> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The table over {@code runs}, each the outcomes of one run. */
    public static SoakTable of(List<List<TestOutcome>> runs) {
        Map<String, List<TestOutcome>> byTest = new LinkedHashMap<>();
        for (List<TestOutcome> run : runs) {
            for (TestOutcome outcome : run) {
                byTest.computeIfAbsent(outcome.name(), name -> new ArrayList<>())
                        .add(outcome);
            }
        }
        List<Row> rows = new ArrayList<>();
        byTest.forEach((name, outcomes) -> rows.add(row(name, outcomes)));
        rows.sort(Comparator.comparing((Row row) -> row.runs() == 0)
                .thenComparingDouble(row -> row.runs() == 0 ? 0 : row.passRate())
                .thenComparing(Row::name));
        return new SoakTable(rows);
    }

    private static Row row(String name, List<TestOutcome> outcomes) {
        List<Double> durations = new ArrayList<>();
        int passed = 0;
        int skipped = 0;
        for (TestOutcome outcome : outcomes) {
            if (outcome.status() == TestOutcome.Status.SKIPPED) {
                skipped++;
                continue;
            }
            durations.add(outcome.seconds());
            passed += outcome.status() == TestOutcome.Status.PASSED ? 1 : 0;
        }
        durations.sort(Double::compare);
        return new Row(
                name,
                durations.size(),
                passed,
                skipped,
                median(durations),
                durations.isEmpty() ? Double.NaN : durations.get(durations.size() - 1));
    }

    private static double median(List<Double> sorted) {
        int size = sorted.size();
        if (size == 0) {
            return Double.NaN;
        }
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2;
    }

    public List<Row> rows() {
        return rows;
    }

    /** Tests that failed in at least one run they ran in. */
    public List<Row> flaky() {
        return rows.stream().filter(row -> row.passed() < row.runs()).toList();
    }

    /** The table as text: pass rate, passes of runs, median and slowest duration, then the name. */
    public List<String> render() {
        List<String> lines = new ArrayList<>();
        lines.add(String.format("%9s %7s %9s %9s  %s", "pass rate", "passed", "median s", "slowest s", "test"));
        for (Row row : rows) {
            if (row.runs() == 0) {
                lines.add(String.format(
                        "%9s %7s %9s %9s  %s (skipped in all %d runs)", "-", "-", "-", "-", row.name(), row.skipped()));
            } else {
                lines.add(String.format(
                        "%8.0f%% %3d/%-3d %9.2f %9.2f  %s%s",
                        100 * row.passRate(),
                        row.passed(),
                        row.runs(),
                        row.median(),
                        row.slowest(),
                        row.name(),
                        row.skipped() > 0 ? " (skipped in " + row.skipped() + ")" : ""));
            }
        }
        return lines;
    }
}
