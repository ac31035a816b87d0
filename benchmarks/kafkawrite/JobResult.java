
import java.util.Locale;

/**
 * One job of one writer: times from sending the start (to the file appearing, to the wrdn), its memory, and what
 * the file check found (null when the file holds every event or value); for ev44 the output folder's raw write
 * speed measured just before it.
 */
record JobResult(
        Workload workload, double fileSeconds, double doneSeconds, HeapPeak heap, String fileProblem, Rate rawWrite) {
    /**
     * What bounds this job here: for ev44 the raw write speed of the output folder measured just before it (the
     * page cache's pace drifts with what else runs), for f144 the broker's ceiling.
     */
    Rate bound(Limits limits) {
        return workload.isEv44() ? rawWrite : limits.ceiling(workload);
    }

    boolean fileOk() {
        return fileProblem == null;
    }

    /** The writer's rate over the data messages (the marker is left out), start to wrdn. */
    Rate rate(Rate produced) {
        return new Rate(workload.messages(), produced.bytes(), doneSeconds);
    }

    /**
     * The rate once the job's fixed cost is taken off: what decoding and writing the data took; NaN seconds (shown
     * as "-") when the job took no longer than its fixed cost, which leaves nothing to measure.
     */
    Rate dataRate(Rate produced, double fixedSeconds) {
        double seconds = doneSeconds > fixedSeconds ? doneSeconds - fixedSeconds : Double.NaN;
        return new Rate(workload.messages(), produced.bytes(), seconds);
    }

    /** One line; {@code produced} null for a fixed-cost job, whose rate says nothing. */
    String describe(Rate produced) {
        Rate rate = produced == null ? null : rate(produced);
        String speed = rate == null
                ? "fixed cost"
                : workload.isEv44()
                        ? String.format(
                                Locale.ROOT,
                                "%.2f M events/s, %.1f MB/s",
                                workload.expectedCount() / doneSeconds / 1e6,
                                rate.megabytesPerSecond())
                        : String.format(Locale.ROOT, "%.0f messages/s", rate.messagesPerSecond());
        String bound = rawWrite == null ? "" : "; raw write just before: " + rawWrite.brief(true);
        return String.format(
                Locale.ROOT,
                "start -> file %.3f s, start -> wrdn %.3f s: %s%s; %s; file %s",
                fileSeconds,
                doneSeconds,
                speed,
                bound,
                heap.describe(),
                fileOk() ? "holds every " + (workload.isEv44() ? "event" : "value") : "WRONG: " + fileProblem);
    }
}
