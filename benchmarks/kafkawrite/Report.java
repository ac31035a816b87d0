
import java.util.List;
import java.util.Locale;

/** The closing tables: each writer against this machine's limits, then two writers against each other. */
final class Report {
    private final Limits limits;
    private final List<Workload> workloads;
    private final double inFlightMb;

    Report(Limits limits, List<Workload> workloads, double inFlightMb) {
        this.limits = limits;
        this.workloads = workloads;
        this.inFlightMb = inFlightMb;
    }

    void print(List<WriterResults> writers) {
        System.out.println();
        System.out.println("limits of this machine, measured in this run before the writers (ev44 jobs are judged"
                + " against the raw write speed measured again just before each):");
        for (Workload workload : workloads) {
            Rate raw = limits.rawWrite(workload);
            System.out.printf(
                    Locale.ROOT,
                    "  %-20s producer %-12s broker ceiling %-14s%s%n",
                    workload.label(),
                    limits.produced(workload).brief(workload.isEv44()),
                    limits.ceiling(workload).brief(workload.isEv44()),
                    raw == null ? "" : "raw write " + raw.brief(true));
        }
        for (WriterResults writer : writers) {
            printWriter(writer);
        }
        if (writers.size() == 2) {
            printSideBySide(writers.get(0), writers.get(1));
        }
    }

    private void printWriter(WriterResults results) {
        System.out.println();
        System.out.println("writer " + results.writer.label() + " (" + results.memory + "):");
        JobResult fixed = results.fixed();
        System.out.printf(
                Locale.ROOT,
                "  fixed cost: %.0f ms start -> wrdn for one message (start -> file %.0f ms, file -> closed %.0f ms;"
                        + " median of %d)%n",
                fixed.doneSeconds() * 1000,
                fixed.fileSeconds() * 1000,
                (fixed.doneSeconds() - fixed.fileSeconds()) * 1000,
                results.fixedCost.size());
        System.out.printf(
                Locale.ROOT,
                "  %-20s %9s %14s %10s %12s %12s %16s %8s%n",
                "workload",
                "start->wrdn",
                "writer",
                "/ ceiling",
                "decode+write",
                "/ bound",
                "heap used/after",
                "file");
        for (JobResult job : results.jobs) {
            Workload workload = job.workload();
            boolean ev44 = workload.isEv44();
            Rate rate = job.rate(limits.produced(workload));
            Rate data = job.dataRate(limits.produced(workload), fixed.doneSeconds());
            Rate measured = ev44 ? rate : data;
            System.out.printf(
                    Locale.ROOT,
                    "  %-20s %8.2fs %14s %9.2fx %12s %7.2fx %-4s %16s %8s%n",
                    workload.label(),
                    job.doneSeconds(),
                    rate.brief(ev44),
                    rate.headline(ev44) / limits.ceiling(workload).headline(ev44),
                    ev44 ? "-" : data.brief(false),
                    measured.headline(ev44) / job.bound(limits).headline(ev44),
                    ev44 ? "raw" : "ceil",
                    job.heap().brief(),
                    job.fileOk() ? "ok" : "WRONG");
        }
        System.out.println("  targets (re-based on this run's limits; never fail the run):");
        Targets.check(results, limits, inFlightMb).forEach(line -> System.out.println("    " + line));
    }

    private void printSideBySide(WriterResults a, WriterResults b) {
        System.out.println();
        System.out.println("side by side: A = " + a.writer.label() + ", B = " + b.writer.label());
        System.out.printf(
                Locale.ROOT,
                "  %-20s %14s %14s %7s %9s %9s %16s %16s%n",
                "figure",
                "A",
                "B",
                "B / A",
                "A / bound",
                "B / bound",
                "heap A",
                "heap B");
        System.out.printf(
                Locale.ROOT,
                "  %-20s %11.0f ms %11.0f ms %6.2fx %9s %9s%n",
                "fixed cost",
                a.fixed().doneSeconds() * 1000,
                b.fixed().doneSeconds() * 1000,
                b.fixed().doneSeconds() / a.fixed().doneSeconds(),
                "-",
                "-");
        for (Workload workload : workloads) {
            JobResult jobA = a.job(workload).orElse(null);
            JobResult jobB = b.job(workload).orElse(null);
            if (jobA == null || jobB == null) {
                continue;
            }
            boolean ev44 = workload.isEv44();
            Rate rateA = measured(jobA, a);
            Rate rateB = measured(jobB, b);

            System.out.printf(
                    Locale.ROOT,
                    "  %-20s %14s %14s %6.2fx %8.2fx %8.2fx %16s %16s%n",
                    workload.label() + (ev44 ? "" : " d+w"),
                    rateA.brief(ev44),
                    rateB.brief(ev44),
                    rateB.headline(ev44) / rateA.headline(ev44),
                    rateA.headline(ev44) / jobA.bound(limits).headline(ev44),
                    rateB.headline(ev44) / jobB.bound(limits).headline(ev44),
                    jobA.heap().brief(),
                    jobB.heap().brief());
        }
        System.out.println("  B / A above 1: B is faster (for the fixed cost: B takes longer); bound: raw write speed"
                + " of the output folder for ev44, broker ceiling for f144 (d+w: decode+write, fixed cost taken off)");
    }

    /** What a writer is judged on: start -> wrdn for ev44, decode + write (fixed cost taken off) for f144. */
    private Rate measured(JobResult job, WriterResults writer) {
        Rate produced = limits.produced(job.workload());
        return job.workload().isEv44()
                ? job.rate(produced)
                : job.dataRate(produced, writer.fixed().doneSeconds());
    }
}
