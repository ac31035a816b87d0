
import java.util.Locale;

/**
 * One job of one writer: times from sending the start (to the file appearing, to the wrdn), its memory, and what
 * the file check found (null when the file holds every event or value).
 */
record JobResult(Workload workload, double fileSeconds, double doneSeconds, HeapPeak heap, String fileProblem) {
    boolean fileOk() {
        return fileProblem == null;
    }

    /** The writer's rate over the data messages (the marker is left out), start to wrdn. */
    Rate rate(Rate produced) {
        return new Rate(workload.messages(), produced.bytes(), doneSeconds);
    }

    /** The rate once the job's fixed cost is taken off: what decoding and writing the data took. */
    Rate dataRate(Rate produced, double fixedSeconds) {
        return new Rate(workload.messages(), produced.bytes(), Math.max(doneSeconds - fixedSeconds, 1e-6));
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
        return String.format(
                Locale.ROOT,
                "start -> file %.3f s, start -> wrdn %.3f s: %s; %s; file %s",
                fileSeconds,
                doneSeconds,
                speed,
                heap.describe(),
                fileOk() ? "holds every " + (workload.isEv44() ? "event" : "value") : "WRONG: " + fileProblem);
    }
}
