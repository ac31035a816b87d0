
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This machine's limits, measured in the same run before any writer: per workload the producer's rate, the broker's
 * ceiling (a plain consumer) and, for ev44, the raw write speed of the output folder for as many bytes.
 */
final class Limits {
    private final Map<Workload, Rate> produced = new LinkedHashMap<>();
    private final Map<Workload, Rate> ceiling = new LinkedHashMap<>();
    private final Map<Workload, Rate> rawWrite = new LinkedHashMap<>();

    void produced(Workload workload, Rate rate) {
        produced.put(workload, rate);
    }

    void ceiling(Workload workload, Rate rate) {
        ceiling.put(workload, rate);
    }

    void rawWrite(Workload workload, Rate rate) {
        rawWrite.put(workload, rate);
    }

    Rate produced(Workload workload) {
        return produced.get(workload);
    }

    Rate ceiling(Workload workload) {
        return ceiling.get(workload);
    }

    Rate rawWrite(Workload workload) {
        return rawWrite.get(workload);
    }
}
