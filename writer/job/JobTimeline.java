package writer.job;

import java.util.ArrayList;
import java.util.List;

/**
 * Where one job's wall time went, phase by phase: each {@link #mark} closes the phase since the previous mark. Ends
 * up as one log line per job, so the fixed cost of a job (pick-up, file, consumer, close, wrdn) can be read off a
 * writer's log without a profiler. Main-loop thread only.
 */
public final class JobTimeline {
    private record Phase(String name, long nanos) {}

    private final long startNanos;
    private final long sentAgoMillis;
    private final List<Phase> phases = new ArrayList<>();
    private long lastNanos;

    private JobTimeline(long sentAgoMillis) {
        this.startNanos = System.nanoTime();
        this.lastNanos = startNanos;
        this.sentAgoMillis = sentAgoMillis;
    }

    /** Starts when the start command is read; {@code sentAtMillis} is its Kafka timestamp (-1: unknown). */
    public static JobTimeline begin(long sentAtMillis) {
        return new JobTimeline(sentAtMillis < 0 ? -1 : Math.max(0, System.currentTimeMillis() - sentAtMillis));
    }

    /** Ends the phase {@code name} now. */
    public void mark(String name) {
        long now = System.nanoTime();
        phases.add(new Phase(name, now - lastNanos));
        lastNanos = now;
    }

    /** For example {@code "start sent 12 ms ago; file 20 ms, data consumer 40 ms, ... = 512 ms"}. */
    public String describe() {
        StringBuilder text = new StringBuilder();
        if (sentAgoMillis >= 0) {
            text.append("start command read ").append(sentAgoMillis).append(" ms after it was sent; ");
        }
        for (int i = 0; i < phases.size(); i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(phases.get(i).name())
                    .append(' ')
                    .append(millis(phases.get(i).nanos()))
                    .append(" ms");
        }
        return text.append(" = ")
                .append(millis(lastNanos - startNanos))
                .append(" ms")
                .toString();
    }

    private static String millis(long nanos) {
        return Long.toString(Math.round(nanos / 1e6));
    }
}
