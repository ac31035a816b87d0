package writer.output.modules;

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
}
