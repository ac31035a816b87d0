package lib.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import lib.wire.ActionType;
import lib.wire.RunStart;

/**
 * Ends the jobs that pool inputs start: a job whose 201 came but whose wrdn has not come a few seconds later (no
 * stop time, a stop time far ahead) gets stop-nows on its control topic, so the writers are free for the next inputs.
 * A job that does not end after several stops is a hang of the writer running it.
 */
final class Janitor {
    private static final Duration GRACE = Duration.ofSeconds(3);
    private static final Duration BETWEEN_STOPS = Duration.ofSeconds(5);
    private static final int STOPS = 4;
    private static final Pattern TOPIC_NAME = Pattern.compile("[A-Za-z0-9._-]{1,249}");

    private record Running(FuzzInput input, String jobId, String topic, String serviceId, Instant since) {}

    private final Exchange exchange;
    private final Map<String, FuzzInput> inputsByJob = new HashMap<>();
    private final Map<String, String> topicsByJob = new HashMap<>();
    private final Map<String, Running> running = new HashMap<>();
    private final Map<String, Integer> stopsSent = new HashMap<>();
    private final Map<String, Instant> lastStop = new HashMap<>();
    private int mark;

    Janitor(Exchange exchange, int mark) {
        this.exchange = exchange;
        this.mark = mark;
    }

    /** Notes a pl72 sent to the pool, so its job can be stopped if it starts. */
    void watch(FuzzInput input, byte[] bytes) {
        Decoded<RunStart> start = Decoded.of(bytes, RunStart::parse);
        if (start.outcome() == Decoded.Outcome.OK) {
            String topic = start.message().controlTopic();
            topicsByJob.put(
                    start.message().jobId(), topic.isEmpty() ? exchange.topics().status() : topic);
            inputsByJob.put(start.message().jobId(), input);
        }
    }

    /** Looks at the answs that came and the jobs still running; sends the stops that are due. */
    void tick() {
        List<Traffic.Answer> answers = exchange.traffic().answersFrom(mark);
        mark += answers.size();
        for (Traffic.Answer answer : answers) {
            String jobId = answer.answer().jobId();
            if (answer.answer().action() == ActionType.START_JOB
                    && answer.answer().statusCode() == 201
                    && topicsByJob.containsKey(jobId)) {
                running.putIfAbsent(
                        jobId,
                        new Running(
                                inputsByJob.get(jobId),
                                jobId,
                                topicsByJob.get(jobId),
                                answer.answer().serviceId(),
                                answer.at()));
            }
        }
        Instant now = Instant.now();
        for (Iterator<Running> jobs = running.values().iterator(); jobs.hasNext(); ) {
            Running job = jobs.next();
            if (exchange.jobs().finished(job.jobId(), job.since()).isPresent()
                    || exchange.traffic().idleSince(job.serviceId(), job.since().plus(GRACE))) {
                // Ended, or never run: a writer idle after the 201 (the answer check judges the 201).
                jobs.remove();
            } else if (due(job, now)) {
                exchange.jobs().sendStop(job.jobId(), job.serviceId(), job.topic(), null);
                stopsSent.merge(job.jobId(), 1, Integer::sum);
                lastStop.put(job.jobId(), now);
            }
        }
    }

    private boolean due(Running job, Instant now) {
        int sent = stopsSent.getOrDefault(job.jobId(), 0);
        Instant last = lastStop.get(job.jobId());
        return sent < STOPS
                && TOPIC_NAME.matcher(job.topic()).matches()
                && !job.topic().equals(".")
                && !job.topic().equals("..")
                && Duration.between(job.since(), now).compareTo(GRACE) >= 0
                && (last == null || Duration.between(last, now).compareTo(BETWEEN_STOPS) >= 0);
    }

    /** Keeps stopping until every started job has ended, or reports those that would not. */
    List<Problem> drain(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            tick();
            if (running.isEmpty()) {
                return List.of();
            }
            Running first = running.values().iterator().next();
            exchange.traffic().awaitFinished(first.jobId(), first.since(), Duration.ofMillis(200));
        }
        List<Problem> problems = new ArrayList<>();
        for (Running job : running.values()) {
            int writer = exchange.writers().indexOf(job.serviceId());
            problems.add(Problem.hang(
                    writer,
                    "job " + job.jobId() + " of input #" + job.input().number()
                            + " did not end after " + stopsSent.getOrDefault(job.jobId(), 0) + " stop-now(s) on "
                            + job.topic()));
        }
        return problems;
    }

    /** Service ids running a fuzz job now. */
    int runningCount() {
        return running.size();
    }
}
