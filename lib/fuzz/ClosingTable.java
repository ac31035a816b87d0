package lib.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The table a run ends with: one row per topic and mutation kind, then the totals. */
final class ClosingTable {
    private ClosingTable() {}

    static List<String> render(Tally tally) {
        List<String> lines = new ArrayList<>();
        String format = "%-8s %-20s %9s %11s %10s %7s %5s";
        lines.add(String.format(format, "topic", "mutation", "inputs", "bytes", "deviations", "crashes", "hangs"));
        for (Map.Entry<String, Tally.Row> entry : tally.rows().entrySet()) {
            String[] key = entry.getKey().split("\t");
            Tally.Row row = entry.getValue();
            lines.add(String.format(
                    format, key[0], key[1], row.inputs, row.bytes, row.deviations, row.crashes, row.hangs));
        }
        long bytes = tally.rows().values().stream().mapToLong(row -> row.bytes).sum();
        lines.add(String.format(
                format, "all", "", tally.inputs(), bytes, tally.deviations(), tally.crashes(), tally.hangs()));
        return lines;
    }
}
