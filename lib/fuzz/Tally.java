package lib.fuzz;

import java.util.Map;
import java.util.TreeMap;

/** Counts per topic and mutation kind: inputs, bytes, deviations, crashes and hangs, for progress and the table. */
final class Tally {
    /** One row of the closing table. */
    static final class Row {
        long inputs;
        long bytes;
        long deviations;
        long crashes;
        long hangs;
    }

    private final Map<String, Row> rows = new TreeMap<>();
    private final Map<FuzzTopic, Long> byTopic = new TreeMap<>();
    private long inputs;
    private long crashes;
    private long hangs;
    private long deviations;
    private long escapes;

    void sent(FuzzInput input) {
        Row row = row(input);
        row.inputs++;
        row.bytes += input.bytes();
        byTopic.merge(input.topic(), 1L, Long::sum);
        inputs++;
    }

    void deviation(FuzzInput inputOrNull, FuzzTopic topic) {
        deviations++;
        if (inputOrNull != null) {
            row(inputOrNull).deviations++;
        } else {
            rows.computeIfAbsent(topic.label() + "\t(unexplained answ)", key -> new Row()).deviations++;
        }
    }

    void problem(Problem problem, FuzzInput culpritOrNull, FuzzTopic topic) {
        Row row = culpritOrNull != null
                ? row(culpritOrNull)
                : rows.computeIfAbsent(topic.label() + "\t(not pinned down)", key -> new Row());
        if (problem.kind() == Problem.Kind.CRASH) {
            crashes++;
            row.crashes++;
        } else {
            hangs++;
            row.hangs++;
        }
    }

    void escape() {
        escapes++;
    }

    private Row row(FuzzInput input) {
        return rows.computeIfAbsent(input.topic().label() + "\t" + input.kind().label(), key -> new Row());
    }

    Map<String, Row> rows() {
        return rows;
    }

    long inputs() {
        return inputs;
    }

    long inputs(FuzzTopic topic) {
        return byTopic.getOrDefault(topic, 0L);
    }

    long crashes() {
        return crashes;
    }

    long hangs() {
        return hangs;
    }

    long deviations() {
        return deviations;
    }

    long escapes() {
        return escapes;
    }
}
