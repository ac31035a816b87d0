package lib.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import lib.writers.WriterSetup;

/**
 * The check after every batch: every writer is alive, has published a status lately, takes a valid job from the
 * pool (one job per writer, all running at once, so each writer must take one), answers a stop, and writes a file
 * that opens with lib/nexus and holds the structure's dataset.
 */
final class HealthCheck {
    private static final Duration STATUS_SILENCE = Duration.ofSeconds(3 * 2 + 2);
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(20);

    private final Writers writers;
    private final FuzzJobs jobs;
    private final Traffic traffic;
    private final FuzzTopics topics;

    HealthCheck(Writers writers, FuzzJobs jobs, Traffic traffic, FuzzTopics topics) {
        this.writers = writers;
        this.jobs = jobs;
        this.traffic = traffic;
        this.topics = topics;
    }

    /** The writers that died; empty if all are alive. */
    List<Problem> crashes() {
        return writers.firstDead()
                .map(dead -> List.of(Problem.crash(deadIndex(), dead)))
                .orElse(List.of());
    }

    private int deadIndex() {
        return writers.list().stream()
                .filter(writer -> !writer.isAlive())
                .map(writer -> writers.indexOf(writer.serviceName()))
                .findFirst()
                .orElse(0);
    }

    /**
     * The problems with a dead writer's put first and in its name: a writer that died also leaves unanswered
     * commands and open files behind, which are not problems of their own. Looks for dead writers even when no
     * problem was seen.
     */
    List<Problem> explained(List<Problem> problems) {
        List<Problem> crashes = crashes();
        if (crashes.isEmpty()) {
            return problems;
        }
        int dead = crashes.get(0).writer();
        List<Problem> explained = new ArrayList<>(crashes);
        problems.stream()
                .filter(problem ->
                        problem.kind() == Problem.Kind.HANG && problem.writer() != dead && problem.writer() != 0)
                .forEach(explained::add);
        return explained;
    }

    /** Every problem found; empty when all writers are healthy. */
    List<Problem> check() {
        traffic.checkReading();
        List<Problem> problems = new ArrayList<>(crashes());
        if (!problems.isEmpty()) {
            return problems;
        }
        problems.addAll(silentWriters());
        problems.addAll(validJobs());
        return explained(problems);
    }

    private List<Problem> silentWriters() {
        List<Problem> problems = new ArrayList<>();
        Map<String, Instant> statuses = traffic.lastStatus();
        Instant now = Instant.now();
        for (int index = 1; index <= writers.count(); index++) {
            int writer = index;
            boolean heard = statuses.entrySet().stream()
                    .anyMatch(status -> writers.indexOf(status.getKey()) == writer
                            && Duration.between(status.getValue(), now).compareTo(STATUS_SILENCE) < 0);
            if (!heard) {
                problems.add(Problem.hang(
                        writer,
                        writers.describe(writer) + " published no status for " + STATUS_SILENCE.toSeconds()
                                + " s (interval " + WriterSetup.STATUS_INTERVAL + ")"));
            }
        }
        return problems;
    }

    /** One valid job per writer, all sent before any is stopped, so every writer has to take one. */
    private List<Problem> validJobs() {
        List<Problem> problems = new ArrayList<>();
        List<FuzzJobs.Job> started = new ArrayList<>();
        Set<Integer> served = new HashSet<>();
        for (int i = 0; i < writers.count(); i++) {
            JobContext context = FuzzJobs.newContext();
            String fileName = FuzzJobs.fileName("health", context);
            try {
                FuzzJobs.Job job = jobs.start(context, JsonTexts.BASE, null, topics.health(), fileName, START_TIMEOUT);
                started.add(job);
                served.add(writers.indexOf(job.context().serviceId()));
            } catch (FuzzJobs.Refused refused) {
                problems.add(Problem.hang(missingWriter(served), "a valid start: " + refused.getMessage()));
            }
        }
        for (FuzzJobs.Job job : started) {
            int writer = writers.indexOf(job.context().serviceId());
            try {
                jobs.awaitCommandsRead(job, STOP_TIMEOUT);
                jobs.stop(job, null, STOP_TIMEOUT);
                jobs.awaitFinished(job, STOP_TIMEOUT);
                problems.addAll(JobFiles.check(writer, jobs.file(job), "/entry/fuzz"));
            } catch (FuzzJobs.Refused refused) {
                problems.add(Problem.hang(writer, "a valid job: " + refused.getMessage()));
            }
        }
        return problems;
    }

    /** A writer that took none of the jobs so far, or 0 if that cannot be told. */
    private int missingWriter(Set<Integer> served) {
        for (int index = 1; index <= writers.count(); index++) {
            if (!served.contains(index)) {
                return index;
            }
        }
        return 0;
    }
}
