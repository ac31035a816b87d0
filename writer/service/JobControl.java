package writer.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.FinishedWriting;
import lib.wire.RunStart;
import lib.wire.RunStop;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.WakeupException;
import writer.common.Faults;
import writer.common.Faults.Fault;
import writer.job.Job;
import writer.job.JobTimeline;
import writer.kafka.KafkaClients;
import writer.kafka.OffsetLookup;
import writer.kafka.TopicNames;
import writer.output.JobSettings;
import writer.output.JobStartException;
import writer.profile.ProfileRules;
import writer.protocol.Replies;
import writer.protocol.StartOrigin;
import writer.protocol.StartRules;
import writer.protocol.StopRules;
import writer.protocol.Verdict;
import writer.protocol.WriterView;

/** Starts, stops and ends write jobs: the command handling of protocol.md §4 around the one current job. */
final class JobControl {
    private static final Logger LOG = System.getLogger(JobControl.class.getName());
    /** How long the file stays open after the wrdn is out (see {@link #holdFileOpenAfterWrdn}). */
    static final Duration CLOSE_AFTER_WRDN = Duration.ofMillis(50);
    /** The file is closed even if the broker never confirms the wrdn; a shutdown must not hang on it. */
    private static final Duration WRDN_CONFIRM_TIMEOUT = Duration.ofSeconds(5);

    private final WriterSettings settings;
    private final ProfileRules rules;
    private final ServiceIdentity identity;
    private final CommandChannel channel;
    private final KafkaClients clients;
    private final StartRules startRules;
    private final StopRules stopRules;
    private volatile Job job;
    /** The current job's phases, logged when it ends. */
    private JobTimeline timeline;

    JobControl(WriterSettings settings, ServiceIdentity identity, CommandChannel channel, KafkaClients clients) {
        this.settings = settings;
        this.rules = settings.rules();
        this.identity = identity;
        this.channel = channel;
        this.clients = clients;
        this.startRules = rules.startRules();
        this.stopRules = rules.stopRules();
    }

    /** Called from the shutdown hook: the job's Kafka call in progress returns at once. */
    void wakeUp() {
        Job current = job;
        if (current != null) {
            current.wakeUp();
        }
    }

    boolean writing() {
        return job != null;
    }

    /** Between an accepted stop-now and the wrdn; no heartbeat goes out then, so the wrdn follows the answ. */
    boolean stopping() {
        return job != null && job.stoppedNow();
    }

    Job jobOrNull() {
        return job;
    }

    String statusJson() {
        return StatusJson.text(job == null ? StatusJson.idle(rules) : StatusJson.writing(rules, job));
    }

    private WriterView view() {
        return new WriterView(identity.serviceId(), job == null ? null : job.jobId());
    }

    /**
     * Handles a pl72 (raw bytes kept for the current profile's echo); startOrNull is null if it did not verify.
     * {@code phases} began when the command was read.
     */
    void onStart(byte[] bytes, RunStart startOrNull, StartOrigin origin, JobTimeline phases) {
        Verdict verdict = startRules.check(startOrNull, origin, view());
        if (verdict instanceof Verdict.Drop drop) {
            LOG.log(Level.INFO, "Ignoring start command: {0}", drop.reason());
        } else if (verdict instanceof Verdict.Reject reject) {
            LOG.log(Level.WARNING, "Rejected start command: {0}", reject.message());
            echo(bytes);
            int statusCode = Faults.isOn(Fault.WRONG_STATUS_CODE) ? 201 : reject.statusCode();
            channel.publish(startReply(statusCode, reject.message(), reject.jobId(), reject.stopTime()));
        } else {
            start(bytes, startOrNull, phases);
        }
    }

    private void start(byte[] bytes, RunStart command, JobTimeline phases) {
        Instant now = Instant.now();
        String path;
        Job started;
        try {
            path = OutputPath.of(rules, settings.outputPrefix(), command.filename());
            switchToControlTopic(command, now);
            phases.mark("control topic");
            started = Job.open(command, now, path, this::jobSettings, settings.dataFlushInterval());
            phases.mark("file");
        } catch (JobStartException | RuntimeException e) {
            channel.revert();
            String message = Replies.startFailed(e.getMessage() != null ? e.getMessage() : e.toString());
            LOG.log(Level.ERROR, message);
            echo(bytes);
            channel.publish(startReply(500, message, command.jobId(), StartRules.replyStopTime(command)));
            return;
        }
        job = started;
        timeline = phases;
        String message = Replies.started(job.start(), job.stopOrNull());
        LOG.log(Level.INFO, "{0} Job {1}, file {2}", message, job.jobId(), path);
        echo(bytes);
        channel.publish(startReply(201, message, command.jobId(), StartRules.replyStopTime(command)));
        phases.mark("answer");
        startConsumingData();
        phases.mark("data consumer");
    }

    /** Ends a phase of the current job's timeline (e.g. leaving the job pool, which the main loop does). */
    void phaseDone(String name) {
        if (timeline != null) {
            timeline.mark(name);
        }
    }

    /** A control topic equal to the default command topic switches nothing (protocol.md §1.3). */
    private void switchToControlTopic(RunStart command, Instant now) {
        String control = command.controlTopic();
        if (control.isEmpty() || control.equals(settings.commandTopic())) {
            return;
        }
        String invalid = TopicNames.problemOrNull(control);
        if (invalid != null) {
            throw new IllegalArgumentException("the control topic " + invalid);
        }
        if (rules.readsControlTopicFromStart()) {
            channel.switchFromTime(control, command.startTime() == null ? now : command.startTime());
        } else {
            channel.switchToLatest(control);
        }
    }

    private JobSettings jobSettings(String jobId, Instant start, Instant stopOrNull) {
        return new JobSettings(rules, jobId, start, stopOrNull);
    }

    /**
     * After the 201: a data topic that does not exist fails the job with one sentence per stream. Look-ups on the
     * command brokers share the command channel's look-up consumer; other brokers (2022) get one for the job.
     */
    private void startConsumingData() {
        if (job.dataTopics().isEmpty()) {
            return;
        }
        String brokers = rules.dataBrokers(job.command(), settings.commandBrokers());
        boolean shared = brokers.equals(settings.commandBrokers());
        OffsetLookup lookup = shared ? channel.lookup() : new OffsetLookup(clients, brokers);
        KafkaConsumer<ByteBuffer, ByteBuffer> consumer = null;
        try {
            Set<String> existing = lookup.topics(settings.metadataMaxTimeout());
            String missing = job.missingTopicsMessage(existing);
            if (!missing.isEmpty()) {
                closeUnlessShared(lookup, shared);
                LOG.log(Level.ERROR, missing);
                endJob(true, missing);
                return;
            }
            consumer = clients.dataConsumer(brokers);
            job.startConsuming(
                    consumer,
                    lookup,
                    !shared,
                    settings.timeBeforeStart(),
                    settings.timeAfterStop(),
                    settings.kafkaErrorTimeout(),
                    settings.metadataMaxTimeout());
        } catch (WakeupException e) {
            closeQuietly(consumer, lookup, shared);
            throw e; // the writer is shutting down: abortForShutdown() ends the job and says so
        } catch (KafkaException e) {
            closeQuietly(consumer, lookup, shared);
            String message = "Could not read the data topics from " + brokers + ": " + e.getMessage();
            LOG.log(Level.ERROR, message);
            endJob(true, message);
        }
    }

    private static void closeQuietly(
            KafkaConsumer<ByteBuffer, ByteBuffer> consumerOrNull, OffsetLookup lookup, boolean shared) {
        if (consumerOrNull != null) {
            consumerOrNull.close(CloseOptions.timeout(Duration.ZERO));
        }
        closeUnlessShared(lookup, shared);
    }

    private static void closeUnlessShared(OffsetLookup lookup, boolean shared) {
        if (!shared) {
            lookup.close();
        }
    }

    void onStop(RunStop stopOrNull) {
        Verdict verdict = stopRules.check(stopOrNull, view());
        if (verdict instanceof Verdict.Drop drop) {
            LOG.log(Level.INFO, "Ignoring stop command: {0}", drop.reason());
        } else if (verdict instanceof Verdict.Reject reject) {
            LOG.log(Level.WARNING, "Rejected stop command: {0}", reject.message());
            channel.publish(stopReply(
                    reject.statusCode(), reject.message(), reject.jobId(), reject.commandId(), reject.stopTime()));
        } else {
            stop(stopOrNull);
        }
    }

    private void stop(RunStop command) {
        Instant now = Instant.now();
        if (command.stopTime() == null) {
            LOG.log(Level.INFO, "Stopping job {0} now", job.jobId());
            channel.publish(stopReply(201, Replies.STOPPING_NOW, command.jobId(), command.commandId(), null));
            job.stopNow(now);
            if (job.isOver(now)) {
                endJob(false, "");
            }
        } else if (job.stopTimeAlreadyPassed(now)) {
            String message = Replies.stopFailed(Replies.STOP_TIME_ALREADY_PASSED);
            LOG.log(Level.WARNING, message);
            channel.publish(stopReply(500, message, command.jobId(), command.commandId(), command.stopTime()));
        } else {
            job.setStopTime(command.stopTime());
            String message = Replies.stopTimeSet(command.stopTime());
            LOG.log(Level.INFO, "{0} (job {1})", message, job.jobId());
            channel.publish(stopReply(201, message, command.jobId(), command.commandId(), command.stopTime()));
        }
    }

    /** Reads data and ends the job when it is over. */
    void tick(Duration pollTimeout, Instant now) {
        if (job == null) {
            return;
        }
        try {
            job.poll(pollTimeout, now);
        } catch (WakeupException e) {
            throw e; // the writer is shutting down: abortForShutdown() ends the job and says so
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "The job failed while reading data: {0}", e.toString());
            endJob(true, "The job failed while reading data: " + e.getMessage());
            return;
        }
        if (job.isOver(Instant.now())) {
            endJob(false, "");
        }
    }

    /** Ends a running job because the writer shuts down: the file is closed and the wrdn reports an error. */
    void abortForShutdown() {
        if (job != null) {
            endJob(true, "The writer was shut down while the job was running.", false);
        }
    }

    /**
     * Publishes the wrdn, then finishes and closes the file, reverts to the default topic and becomes idle. The wrdn
     * goes first, as in both real writers (protocol.md §4.6): a reader that opens the file straight after the wrdn
     * finds it still open for SWMR writing, with datasets empty and meta-data missing, and must wait for the close.
     */
    private void endJob(boolean error, String message) {
        endJob(error, message, true);
    }

    /** {@code revert}: false when the writer shuts down, which needs no command topic (a metadata round trip). */
    private void endJob(boolean error, String message, boolean revert) {
        String reading = job.readingTimeSpent();
        phaseDone(reading.isEmpty() ? "reading" : "reading (" + reading + ")");
        Map<String, Object> finalStatus = StatusJson.writing(rules, job);
        RunStart command = job.command();
        String fileName = rules.wrdnFileName(command, job.outputPath());
        String metadata = !error && rules.wrdnMetadataHasFinalStatus()
                ? StatusJson.finishedMetadata2022(finalStatus, command.metadata(), command.nexusStructure())
                : command.metadata();
        byte[] wrdn =
                new FinishedWriting(identity.serviceId(), job.jobId(), error, fileName, metadata, message).toBytes();
        channel.publishAndWait(wrdn, WRDN_CONFIRM_TIMEOUT);
        if (Faults.isOn(Fault.CRASH_AFTER_WRITING_DONE)) {
            Faults.crash(Fault.CRASH_AFTER_WRITING_DONE, "the wrdn of job " + job.jobId() + " is out");
        }
        long wrdnSent = System.nanoTime();
        LOG.log(
                Level.INFO,
                "Job {0} ended{1}, file {2}",
                job.jobId(),
                error ? " with an error: " + message : "",
                job.outputPath());
        phaseDone("wrdn");
        holdFileOpenAfterWrdn(wrdnSent);
        try {
            job.close();
        } catch (RuntimeException e) {
            // The wrdn has gone already, without an error: the log is all that can tell.
            LOG.log(Level.ERROR, "Closing the file of job {0} failed after its wrdn: {1}", job.jobId(), e.toString());
        }
        phaseDone("close");
        if (revert) {
            channel.revert();
            phaseDone("back to the command topic");
        }
        LOG.log(Level.INFO, "Job {0} timeline: {1}", job.jobId(), timeline == null ? "-" : timeline.describe());
        job = null;
        timeline = null;
    }

    /**
     * The real writer closes the file about 50 ms after its wrdn (47 ms measured, protocol.md §4.6); the reference
     * writer is never quicker, so a test that opens the file straight after the wrdn fails here too.
     */
    private static void holdFileOpenAfterWrdn(long wrdnSentNanos) {
        long left = CLOSE_AFTER_WRDN.toNanos() - (System.nanoTime() - wrdnSentNanos);
        if (left > 0) {
            try {
                Thread.sleep(left / 1_000_000, (int) (left % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // shutting down: close at once
            }
        }
    }

    /** Under current the unchanged pl72 bytes go out before the answ (protocol.md §1.5). */
    private void echo(byte[] bytes) {
        if (rules.echoesStart()) {
            channel.publish(bytes);
        }
    }

    private byte[] startReply(int statusCode, String message, String jobId, Instant stopTime) {
        return new ActionResponse(
                        identity.serviceId(),
                        jobId,
                        ActionType.START_JOB,
                        outcome(statusCode),
                        statusCode,
                        stopTime,
                        message,
                        jobId)
                .toBytes();
    }

    private byte[] stopReply(int statusCode, String message, String jobId, String commandId, Instant stopTime) {
        return new ActionResponse(
                        identity.serviceId(),
                        jobId,
                        ActionType.SET_STOP_TIME,
                        outcome(statusCode),
                        statusCode,
                        stopTime,
                        message,
                        commandId)
                .toBytes();
    }

    private static ActionOutcome outcome(int statusCode) {
        return statusCode == 201 ? ActionOutcome.SUCCESS : ActionOutcome.FAILURE;
    }
}
