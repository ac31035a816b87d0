
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The targets of issue 19, re-based on this machine's limits measured in the same run; each is printed as met or
 * not, and none changes the exit status (a benchmark fails only on a wrong file).
 */
final class Targets {
    static final double EV44_TO_RAW_WRITE = 0.8;
    static final double F144_TO_CEILING = 0.4;
    static final double FIXED_COST_SECONDS = 0.100;
    static final double HEAP_MB = 512;

    private Targets() {}

    static List<String> check(WriterResults results, Limits limits, double inFlightMb) {
        List<String> lines = new ArrayList<>();
        double fixed = results.fixed().doneSeconds();
        for (JobResult job : results.jobs) {
            Workload workload = job.workload();
            if (workload.isEv44()) {
                double ratio = job.rate(limits.produced(workload)).megabytesPerSecond()
                        / job.rawWrite().megabytesPerSecond();
                lines.add(line(
                        workload.label() + " / raw write speed",
                        ratio,
                        ">= " + EV44_TO_RAW_WRITE,
                        ratio >= EV44_TO_RAW_WRITE));
            } else {
                double ratio = job.dataRate(limits.produced(workload), fixed).messagesPerSecond()
                        / limits.ceiling(workload).messagesPerSecond();
                lines.add(
                        Double.isNaN(ratio)
                                ? String.format(
                                        Locale.ROOT,
                                        "%-44s not judged: the job took no longer than its fixed cost (give it"
                                                + " more messages)",
                                        workload.label() + " decode+write / ceiling")
                                : line(
                                        workload.label() + " decode+write / ceiling",
                                        ratio,
                                        ">= " + F144_TO_CEILING,
                                        ratio >= F144_TO_CEILING));
            }
            if (job.heap().usedMb() >= 0) {
                lines.add(String.format(
                        Locale.ROOT,
                        "%-44s %8.0f MB %-10s %s",
                        workload.label() + " peak " + (job.heap().rssOnly() ? "RSS" : "heap"),
                        job.heap().usedMb(),
                        "< " + (int) HEAP_MB,
                        job.heap().usedMb() < HEAP_MB ? "met" : "NOT MET"));
            }
        }
        lines.add(String.format(
                Locale.ROOT,
                "%-44s %8.0f ms %-10s %s",
                "fixed cost (start -> wrdn, 1 message)",
                fixed * 1000,
                "<= " + (int) (FIXED_COST_SECONDS * 1000),
                fixed <= FIXED_COST_SECONDS ? "met" : "NOT MET"));
        heapGrowth(results, inFlightMb).ifPresent(lines::add);
        return lines;
    }

    /** The largest ev44 job's peak against the smallest's, allowing the data in flight. */
    private static java.util.Optional<String> heapGrowth(WriterResults results, double inFlightMb) {
        List<JobResult> ev44 = results.jobs.stream()
                .filter(job -> job.workload().isEv44() && job.heap().usedMb() >= 0)
                .sorted(Comparator.comparingLong(job -> job.workload().expectedCount()))
                .toList();
        if (ev44.size() < 2) {
            return java.util.Optional.empty();
        }
        JobResult small = ev44.get(0);
        JobResult large = ev44.get(ev44.size() - 1);
        if (small.heap().collections() == 0 && !small.heap().rssOnly()) {
            return java.util.Optional.of(String.format(
                    Locale.ROOT,
                    "%-44s %s",
                    "peak " + large.workload().label() + " - "
                            + Workload.scientific(small.workload().expectedCount()),
                    "not judged: the smaller job ran" + " no collection, so its peak is not the heap's steady state"));
        }
        double growth = large.heap().usedMb() - small.heap().usedMb();
        return java.util.Optional.of(String.format(
                Locale.ROOT,
                "%-44s %+8.0f MB %-10s %s",
                "peak " + large.workload().label() + " - "
                        + Workload.scientific(small.workload().expectedCount()),
                growth,
                String.format(Locale.ROOT, "<= %.0f", inFlightMb),
                growth <= inFlightMb ? "met" : "NOT MET"));
    }

    private static String line(String what, double ratio, String target, boolean met) {
        return String.format(Locale.ROOT, "%-44s %8.2f x  %-10s %s", what, ratio, target, met ? "met" : "NOT MET");
    }
}
