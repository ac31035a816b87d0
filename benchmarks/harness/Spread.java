
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** A figure measured several times: its median, fastest and slowest, in seconds. */
record Spread(List<Double> values) {
    static Spread of(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Spread(List.copyOf(sorted));
    }

    boolean known() {
        return !values.isEmpty();
    }

    double median() {
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    /** "1.23 s (1.10-1.40, 5 runs)", or "-" when never measured. */
    String describe() {
        if (!known()) {
            return "-";
        }
        if (values.size() == 1) {
            return String.format(Locale.ROOT, "%.2f s (1 run)", values.get(0));
        }
        return String.format(
                Locale.ROOT,
                "%.2f s (%.2f-%.2f, %d runs)",
                median(),
                values.get(0),
                values.get(values.size() - 1),
                values.size());
    }
}
