package lib.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import lib.kafka.ExternalKafka;
import lib.kafka.Kafka;
import lib.waits.Waits;
import lib.wire.RunStop;

/**
 * The Java counterpart of ESS file-writer-control: sends write jobs to a job pool and commands to the writers,
 * and follows what they report on the command/status topic (and on the control topic of each job) in three
 * registries: workers, jobs and commands (catalogue §1.2). Reads are thread-safe; every wait has a deadline and
 * its timeout names what was awaited and the last messages seen.
 */
public final class WorkerPool implements AutoCloseable {
    /** How long {@link #stopAllJobs()} waits for jobs to settle and then to be DONE. */
    public static final Duration STOP_ALL_TIMEOUT = Duration.ofSeconds(60);

    private static final int HISTORY_PER_TOPIC = 20;
    /** The job id of probe stops: no writer runs a job of that name, so a writing writer answers 400. */
    public static final String PROBE_JOB_ID = "probe: is this command read?";
    /** A round trip through broker and writer takes milliseconds; a lost probe is replaced after this. */
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final WorkerPoolSettings settings;
    private final Clock clock = Clock.systemUTC();
    private final Instant createdAt = clock.instant();
    private final MessageHistory history = new MessageHistory(HISTORY_PER_TOPIC);
    private final Registries registries;
    private final CommandPublisher publisher;
    private final StatusListener listener;
    private final List<Consumer<WriteJob>> jobSentListeners = new CopyOnWriteArrayList<>();

    private WorkerPool(Kafka kafka, WorkerPoolSettings settings) {
        this.settings = settings;
        registries = new Registries(clock, settings);
        publisher = new CommandPublisher(kafka);
        try {
            listener = new StatusListener(
                    kafka, settings.commandTopic(), createdAt, settings.statusLookBack(), registries, history, clock);
        } catch (RuntimeException e) {
            publisher.close();
            throw e;
        }
    }

    /**
     * A pool on {@code kafka}; it hears every message the command/status topic gets after this returns (and learns
     * the writers' states from the settings' status look-back before that).
     */
    public static WorkerPool open(Kafka kafka, WorkerPoolSettings settings) {
        return new WorkerPool(kafka, settings);
    }

    /** A pool on the cluster at {@code bootstrapServers} ({@code host:port[,host:port]}), for use on its own. */
    public static WorkerPool open(String bootstrapServers, WorkerPoolSettings settings) {
        return new WorkerPool(ExternalKafka.connect(bootstrapServers, CONNECT_TIMEOUT), settings);
    }

    public WorkerPoolSettings settings() {
        return settings;
    }

    /** Calls {@code listener} with every job this pool sends, right after sending it. */
    public void onJobSent(Consumer<WriteJob> listener) {
        jobSentListeners.add(listener);
    }

    /** Sends the job's run start to the pool topic; follows its control topic from this moment on. */
    public StartedJob startJob(WriteJob job) {
        Instant sentAt = clock.instant();
        registries.jobs.onSent(job);
        registries.commands.onSent(job.jobId(), job.jobId());
        listener.follow(job.controlTopic(), sentAt);
        publisher.publishStart(settings.poolTopic(), job);
        jobSentListeners.forEach(listener -> listener.accept(job));
        return new StartedJob(jobHandle(job.jobId()), new CommandHandle(this, job.jobId()));
    }

    /** Asks the writer with {@code serviceId} (null = "") to stop the job now, on the job's command topic. */
    public CommandHandle stopNow(WriteJob job, String serviceId) {
        return sendStop(
                job.jobId(),
                job.commandTopicOr(settings.commandTopic()),
                RunStop.now(job.jobId()).withRunName(job.runName()),
                serviceId);
    }

    /** Asks the writer with {@code serviceId} (null = "") to stop the job at {@code stop}. */
    public CommandHandle setStopTime(WriteJob job, Instant stop, String serviceId) {
        return sendStop(
                job.jobId(),
                job.commandTopicOr(settings.commandTopic()),
                RunStop.at(job.jobId(), stop).withRunName(job.runName()),
                serviceId);
    }

    /** Sends the stop on {@code topic}, which is then read too, so the stop's answer is heard wherever it goes. */
    private CommandHandle sendStop(String jobId, String topic, RunStop stop, String serviceId) {
        RunStop addressed = stop.withServiceId(serviceId == null ? "" : serviceId);
        registries.commands.onSent(addressed.commandId(), jobId);
        listener.follow(topic, clock.instant());
        publisher.publishStop(topic, addressed);
        return new CommandHandle(this, addressed.commandId());
    }

    /**
     * Waits until the writer of {@code job} reads the job's command topic, so that a command sent next is seen.
     * HEAD creates its consumer of the default command topic only at the job's first poll and subscribes it at
     * "latest": a command sent before that consumer has its assignment and position is never read (protocol.md
     * §1.2; a stop sent 36 ms after the 201 was lost). Observed by the writer's own reply to a harmless probe, a
     * stop-now naming no job, which a writing writer answers with 400 and otherwise ignores (2022 answers it only
     * when addressed to its service id, so the probe carries the id of the writer that took the job). A probe is
     * sent every {@link #PROBE_INTERVAL} until one is answered; an answer proves the consumer reads from before
     * every later command.
     */
    public void awaitCommandsRead(WriteJob job, Duration timeout) {
        String jobId = job.jobId();
        String topic = job.commandTopicOr(settings.commandTopic());
        String serviceId = job(jobId).map(JobStatus::serviceId).orElse("");
        List<CommandHandle> probes = new ArrayList<>();
        Instant[] lastProbe = {Instant.MIN};
        Waits.until(
                "the writer of job " + jobId + " to answer a probe stop on " + topic
                        + " (its command consumer reads the topic)",
                timeout,
                () -> {
                    if (probes.stream()
                            .anyMatch(probe ->
                                    probe.state() == CommandState.ERROR || probe.state() == CommandState.SUCCESS)) {
                        return true;
                    }
                    Instant now = clock.instant();
                    if (Duration.between(lastProbe[0], now).compareTo(PROBE_INTERVAL) >= 0) {
                        lastProbe[0] = now;
                        probes.add(sendStop(PROBE_JOB_ID, topic, RunStop.now(PROBE_JOB_ID), serviceId));
                    }
                    return false;
                },
                () -> probes.size() + " probes sent\n" + describeJobs() + recentMessages());
    }

    /** STOP_ALL with {@link #STOP_ALL_TIMEOUT}. */
    public void stopAllJobs() {
        stopAllJobs(STOP_ALL_TIMEOUT);
    }

    /**
     * STOP_ALL (catalogue §1.3): once no known job is still WAITING, sends stop-now to every job in WRITING,
     * addressed with the service id on its record, and waits until each is DONE. Replaces the original's 1.5 s
     * pause with that condition.
     */
    public void stopAllJobs(Duration timeout) {
        Instant deadline = clock.instant().plus(timeout);
        Waits.until(
                "no job WAITING",
                timeout,
                () -> jobsIn(JobState.WAITING).isEmpty(),
                () -> describeJobs() + recentMessages());
        List<JobHandle> stopping = new ArrayList<>();
        for (JobStatus job : jobsIn(JobState.WRITING)) {
            String topic = job.controlTopic().isEmpty() ? settings.commandTopic() : job.controlTopic();
            sendStop(job.jobId(), topic, RunStop.now(job.jobId()), job.serviceId());
            stopping.add(jobHandle(job.jobId()));
        }
        for (JobHandle job : stopping) {
            job.awaitDone(remaining(deadline));
        }
    }

    private Duration remaining(Instant deadline) {
        Duration left = Duration.between(clock.instant(), deadline);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** WAIT_IDLE for up to {@link JobDeadlines#IDLE_WRITER}. */
    public void waitIdle(int count) {
        waitIdle(count, JobDeadlines.IDLE_WRITER);
    }

    /** WAIT_IDLE: waits until at least {@code count} known workers are IDLE (no pause first: the count says it). */
    public void waitIdle(int count, Duration timeout) {
        Waits.until(
                "at least " + count + " workers IDLE",
                timeout,
                () -> workersIn(WorkerState.IDLE).size() >= count,
                () -> describeWorkers() + recentMessages());
    }

    /**
     * WAIT_NONE_WRITING: waits until at least one worker is known and every known worker is IDLE; a zero timeout
     * checks once. Instead of the original's 1.5 s pause it first waits until a status has arrived and the pool
     * has listened (its status look-back included) for the longest status interval announced, so every live writer
     * had its say (for a single
     * check that first wait may take up to the worker silence timeout).
     */
    public void waitNoneWriting(Duration timeout) {
        Duration heardTimeout = timeout.isZero() ? settings.workerSilence() : timeout;
        Waits.until(
                "a status from the writers, listening for at least one status interval",
                heardTimeout,
                this::heardFromWriters,
                () -> describeWorkers() + recentMessages());
        Waits.until(
                "at least one worker known and all IDLE",
                timeout,
                () -> {
                    List<Worker> workers = workers();
                    return !workers.isEmpty()
                            && workers.stream().allMatch(worker -> worker.state() == WorkerState.IDLE);
                },
                () -> describeWorkers() + recentMessages());
    }

    private boolean heardFromWriters() {
        Duration listened = Duration.between(createdAt.minus(settings.statusLookBack()), clock.instant());
        return registries.workers.statusCount() > 0
                && listened.compareTo(registries.workers.longestStatusInterval()) >= 0;
    }

    /** START, waiting for the answer for up to {@link JobDeadlines#START_ANSWER}. */
    public JobHandle start(WriteJob job) {
        return start(job, JobDeadlines.START_ANSWER);
    }

    /** START: sends the job and waits for its start command's SUCCESS; an ERROR reply fails with its message. */
    public JobHandle start(WriteJob job, Duration timeout) {
        StartedJob started = startJob(job);
        started.command().awaitSuccess(timeout);
        return started.job();
    }

    /** START_FAILS, waiting for the answer for up to {@link JobDeadlines#START_ANSWER}. */
    public String startFails(WriteJob job) {
        return startFails(job, JobDeadlines.START_ANSWER);
    }

    /** START_FAILS: sends the job, waits for its start command's ERROR reply and returns the reply's message. */
    public String startFails(WriteJob job, Duration timeout) {
        return startJob(job).command().awaitFailure(timeout);
    }

    /** {@link #runToEnd(WriteJob, JobDeadlines)} with the {@link JobDeadlines#DEFAULT} deadlines. */
    public JobStatus runToEnd(WriteJob job) {
        return runToEnd(job, JobDeadlines.DEFAULT);
    }

    /**
     * Runs a job to its end: waits until a worker is IDLE, starts the job and waits until it is DONE (a job that
     * ends with ERROR or goes silent fails at once); returns its record, with the wrdn's metadata.
     */
    public JobStatus runToEnd(WriteJob job, JobDeadlines deadlines) {
        waitIdle(1, deadlines.idleWriter());
        return start(job, deadlines.startAnswer()).awaitDone(deadlines.end());
    }

    /** Every worker heard of, by service id. */
    public List<Worker> workers() {
        return registries.workers.all();
    }

    /** Every job heard of. */
    public List<JobStatus> jobs() {
        return registries.jobs.all();
    }

    public Optional<JobStatus> job(String jobId) {
        return registries.jobs.find(jobId);
    }

    /** A handle on any job id, e.g. one started by another controller. */
    public JobHandle jobHandle(String jobId) {
        return new JobHandle(this, jobId);
    }

    /** NO_JOB for a job id never heard of. */
    public JobState jobState(String jobId) {
        return job(jobId).map(JobStatus::state).orElse(JobState.NO_JOB);
    }

    public Optional<CommandStatus> command(String commandId) {
        return registries.commands.find(commandId);
    }

    /** NO_COMMAND for a command id never heard of. */
    public CommandState commandState(String commandId) {
        return command(commandId).map(CommandStatus::state).orElse(CommandState.NO_COMMAND);
    }

    void setCommandTimeout(String commandId, Duration timeout) {
        registries.commands.setTimeout(commandId, timeout);
    }

    /** The last messages received on each topic, one line each, for failure messages. */
    public String recentMessages() {
        return history.render();
    }

    private List<Worker> workersIn(WorkerState state) {
        return workers().stream().filter(worker -> worker.state() == state).collect(Collectors.toList());
    }

    private List<JobStatus> jobsIn(JobState state) {
        return jobs().stream().filter(job -> job.state() == state).collect(Collectors.toList());
    }

    private String describeWorkers() {
        return "Workers: "
                + workers().stream()
                        .map(worker -> worker.serviceId() + " " + worker.state())
                        .collect(Collectors.joining(", ", "[", "]"))
                + "\n";
    }

    private String describeJobs() {
        return "Jobs: "
                + jobs().stream()
                        .map(job -> job.jobId() + " " + job.state())
                        .collect(Collectors.joining(", ", "[", "]"))
                + "\n";
    }

    @Override
    public void close() {
        try {
            listener.close();
        } finally {
            publisher.close();
        }
    }
}
