
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** What one writer did: its fixed-cost jobs (one message each) and one job per workload. */
final class WriterResults {
    final BenchedWriter writer;
    final List<JobResult> fixedCost = new ArrayList<>();
    final List<JobResult> jobs = new ArrayList<>();
    String memory = "";

    WriterResults(BenchedWriter writer) {
        this.writer = writer;
    }

    /** The median fixed-cost job: start -> wrdn of a job with one message, with the file's appearance inside it. */
    JobResult fixed() {
        List<JobResult> sorted = new ArrayList<>(fixedCost);
        sorted.sort(Comparator.comparingDouble(JobResult::doneSeconds));
        return sorted.get(sorted.size() / 2);
    }

    Optional<JobResult> job(Workload workload) {
        return jobs.stream().filter(job -> job.workload().equals(workload)).findFirst();
    }

    boolean filesOk() {
        return jobs.stream().allMatch(JobResult::fileOk) && fixedCost.stream().allMatch(JobResult::fileOk);
    }
}
