package writer.output.modules;

import java.util.LinkedHashMap;
import java.util.Map;

/** Minimum, maximum and average over every element written (0.0 for each while nothing was written). */
final class ValueStatistics {
    private double minimum = Double.POSITIVE_INFINITY;
    private double maximum = Double.NEGATIVE_INFINITY;
    private double sum;
    private long count;

    void add(NumericValues values) {
        for (int i = 0; i < values.length(); i++) {
            double value = values.asDouble(i);
            minimum = Math.min(minimum, value);
            maximum = Math.max(maximum, value);
            sum += value;
            count++;
        }
    }

    double minimum() {
        return count == 0 ? 0.0 : minimum;
    }

    double maximum() {
        return count == 0 ? 0.0 : maximum;
    }

    double average() {
        return count == 0 ? 0.0 : sum / count;
    }

    /** The three by the names of their meta-data datasets and 2022 status values, in that order. */
    Map<String, Double> byName() {
        Map<String, Double> named = new LinkedHashMap<>();
        named.put("minimum_value", minimum());
        named.put("maximum_value", maximum());
        named.put("average_value", average());
        return named;
    }

    /** The 2022 status "extra" of a log module (§4.7). */
    Map<String, Object> statusExtra() {
        return Map.copyOf(byName());
    }
}
