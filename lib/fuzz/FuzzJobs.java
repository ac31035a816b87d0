package lib.fuzz;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.FinishedWriting;
import lib.wire.RunStart;
import lib.wire.RunStop;

/**
 * The fuzzer's own, valid jobs (the command and data jobs, barriers, health checks) and their stops. Their ids are
 * remembered, so the answer check leaves their answs out.
 */
final class FuzzJobs {
    /** The job id of probe stops: no job has it, so a writer that reads the topic answers 400. */
    static final String PROBE_JOB_ID = "fuzz probe: is this command read?";

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);
    private static final java.util.concurrent.atomic.AtomicLong FILE_NUMBERS =
            new java.util.concurrent.atomic.AtomicLong();

    /** A job a writer accepted: what it was started with and the writer's answ. */
    record Job(JobContext context, String controlTopic, String fileName, ActionResponse answer, Instant answeredAt) {
        String jobId() {
            return context.jobId();
        }
    }

    /** A start or stop of the fuzzer's that did not get the answer it needs. */
    static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }
    }

    private final Sender sender;
    private final Traffic traffic;
    private final FuzzTopics topics;
    private final String broker;
    private final Path outputFolder;
    private final Set<String> ownJobIds = ConcurrentHashMap.newKeySet();
    private final Set<String> ownCommandIds = ConcurrentHashMap.newKeySet();

    FuzzJobs(Sender sender, Traffic traffic, FuzzTopics topics, String broker, Path outputFolder) {
        this.sender = sender;
        this.traffic = traffic;
        this.topics = topics;
        this.broker = broker;
        this.outputFolder = outputFolder;
    }

    /** Whether an answ belongs to one of the fuzzer's own commands: a start of its jobs, or one of its stops. */
    boolean own(ActionResponse answer) {
        return answer.action() == ActionType.START_JOB
                ? ownJobIds.contains(answer.jobId())
                : ownCommandIds.contains(answer.commandId());
    }

    /** Sends a start to the pool without waiting; the returned mark finds its answ. */
    int send(JobContext context, String structure, Instant stopOrNull, String controlTopic, String fileName) {
        ownJobIds.add(context.jobId());
        RunStart start = RunStart.builder()
                .start(Instant.ofEpochMilli(context.startMs()))
                .stop(stopOrNull)
                .runName("fuzz")
                .structure(structure)
                .jobId(context.jobId())
                .broker(broker)
                .filename(fileName)
                .controlTopic(controlTopic)
                .build();
        int mark = traffic.answerCount();
        sender.send(topics.pool(), start.toBytes(), System.currentTimeMillis());
        sender.flush();
        return mark;
    }

    /** Starts a job and waits for its 201; anything else (or nothing within {@code timeout}) is {@link Refused}. */
    Job start(
            JobContext context,
            String structure,
            Instant stopOrNull,
            String controlTopic,
            String fileName,
            Duration timeout) {
        int mark = send(context, structure, stopOrNull, controlTopic, fileName);
        return awaitStarted(mark, context, controlTopic, fileName, timeout);
    }

    Job awaitStarted(int mark, JobContext context, String controlTopic, String fileName, Duration timeout) {
        Traffic.Answer reply = traffic.awaitAnswer(
                        mark,
                        started -> started.action() == ActionType.START_JOB
                                && started.jobId().equals(context.jobId()),
                        timeout)
                .orElseThrow(() -> new Refused(
                        "no answer to the start of job " + context.jobId() + " within " + timeout.toSeconds() + " s"));
        ActionResponse answer = reply.answer();
        if (answer.statusCode() != 201) {
            throw new Refused("the start of job " + context.jobId() + " was refused: " + answer.statusCode() + " "
                    + answer.message());
        }
        JobContext served = new JobContext(context.jobId(), context.startMs(), answer.serviceId());
        return new Job(served, controlTopic, fileName, answer, reply.at());
    }

    /**
     * Sends probe stops (no such job) to the job's control topic until one is answered: then every command sent
     * after it is read, and every command sent before it has been handled (2022 reads a control topic from its end,
     * §1.3; the answer is also the barrier behind a batch of commands).
     */
    void awaitCommandsRead(Job job, Duration timeout) {
        int mark = traffic.answerCount();
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> probes = new java.util.HashSet<>();
        while (System.nanoTime() < deadline) {
            String commandId = UUID.randomUUID().toString();
            probes.add(commandId);
            ownCommandIds.add(commandId);
            RunStop probe = RunStop.now(PROBE_JOB_ID)
                    .withCommandId(commandId)
                    .withServiceId(job.context().serviceId());
            sender.send(topic(job), probe.toBytes(), System.currentTimeMillis());
            sender.flush();
            // Every writer reading the topic answers; only the job's writer's answer says its consumer reads it.
            if (traffic.awaitAnswer(
                            mark,
                            answer -> probes.contains(answer.commandId()) && fromWriterOf(job, answer),
                            PROBE_INTERVAL)
                    .isPresent()) {
                return;
            }
        }
        throw new Refused("the writer of job " + job.jobId() + " answered no probe stop on " + topic(job) + " within "
                + timeout.toSeconds() + " s");
    }

    /** Sends a stop-now for the job, or a stop time when {@code stopOrNull} is set; returns its mark. */
    int sendStop(Job job, Instant stopOrNull) {
        return sendStop(job.jobId(), job.context().serviceId(), topic(job), stopOrNull);
    }

    int sendStop(String jobId, String serviceId, String topic, Instant stopOrNull) {
        String commandId = UUID.randomUUID().toString();
        ownCommandIds.add(commandId);
        RunStop stop = new RunStop(stopOrNull, "fuzz", jobId, serviceId, commandId);
        int mark = traffic.answerCount();
        sender.send(topic, stop.toBytes(), System.currentTimeMillis());
        sender.flush();
        return mark;
    }

    /** Stops the job (now, or at {@code stopOrNull}) and waits for the 201. */
    void stop(Job job, Instant stopOrNull, Duration timeout) {
        int mark = sendStop(job, stopOrNull);
        ActionResponse answer = traffic.awaitAnswer(
                        mark,
                        reply -> reply.action() == ActionType.SET_STOP_TIME
                                && reply.jobId().equals(job.jobId())
                                && ownCommandIds.contains(reply.commandId())
                                && fromWriterOf(job, reply),
                        timeout)
                .map(Traffic.Answer::answer)
                .orElseThrow(() -> new Refused(
                        "no answer to the stop of job " + job.jobId() + " within " + timeout.toSeconds() + " s"));
        if (answer.statusCode() != 201) {
            throw new Refused(
                    "the stop of job " + job.jobId() + " was refused: " + answer.statusCode() + " " + answer.message());
        }
    }

    private static boolean fromWriterOf(Job job, ActionResponse answer) {
        return job.context().serviceId().isEmpty()
                || answer.serviceId().equals(job.context().serviceId());
    }

    FinishedWriting awaitFinished(Job job, Duration timeout) {
        return traffic.awaitFinished(job.jobId(), job.answeredAt(), timeout)
                .orElseThrow(() -> new Refused(
                        "job " + job.jobId() + " did not finish (no wrdn) within " + timeout.toSeconds() + " s"));
    }

    Optional<FinishedWriting> finished(String jobId, Instant after) {
        return traffic.finished(jobId, after);
    }

    /** Where the job's file is: the output folder joined with the plain name the fuzzer gave it. */
    Path file(Job job) {
        return outputFolder.resolve(job.fileName());
    }

    /** A file name for a job of the fuzzer's: unique also when a replay starts a job of the same id again. */
    static String fileName(String kind, JobContext context) {
        return kind + "-" + context.jobId() + "-" + FILE_NUMBERS.incrementAndGet() + ".nxs";
    }

    /** A fresh context for a job of the fuzzer's, starting now (2022 addresses its stops to the writer later). */
    static JobContext newContext() {
        return new JobContext(UUID.randomUUID().toString(), System.currentTimeMillis(), "");
    }

    private String topic(Job job) {
        return job.controlTopic().isEmpty() ? topics.status() : job.controlTopic();
    }
}
