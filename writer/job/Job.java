package writer.job;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import lib.wire.RunStart;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import writer.kafka.OffsetLookup;
import writer.output.JobOutput;
import writer.output.JobSettings;
import writer.output.JobStartException;
import writer.output.StreamSource;
import writer.protocol.Replies;

/**
 * One write job from start to end: its times, its output file and the consumption of its data topics. It decides
 * when the job is over (protocol.md §4.6); the writer's main loop drives it.
 */
public final class Job implements AutoCloseable {
    private static final Logger LOG = System.getLogger(Job.class.getName());

    private final RunStart command;
    private final Instant start;
    private final String outputPath;
    private final JobOutput output;
    private final Duration flushInterval;
    private Instant stopOrNull;
    private boolean stoppedNow;
    private volatile DataConsumer data;
    private Instant nextFlush;

    private Job(RunStart command, Instant start, String outputPath, JobOutput output, Duration flushInterval) {
        this.command = command;
        this.start = start;
        this.stopOrNull = command.stopTime();
        this.outputPath = outputPath;
        this.output = output;
        this.flushInterval = flushInterval;
        this.nextFlush = Instant.now().plus(flushInterval);
    }

    /** Creates the job's file; a start time of "now" (none on the wire) becomes {@code now}. */
    public static Job open(
            RunStart command, Instant now, String outputPath, JobSettingsFactory settings, Duration flushInterval)
            throws JobStartException {
        Instant start = command.startTime() == null ? now : command.startTime();
        JobSettings jobSettings = settings.create(command.jobId(), start, command.stopTime());
        JobOutput output = JobOutput.open(Path.of(outputPath), outputPath, command.nexusStructure(), jobSettings);
        return new Job(command, start, outputPath, output, flushInterval);
    }

    /** Builds the output's settings; the profile is the writer's. */
    public interface JobSettingsFactory {
        JobSettings create(String jobId, Instant start, Instant stopOrNull);
    }

    /** The data topics of every stream, companions included, in structure order. */
    public Set<String> dataTopics() {
        Set<String> topics = new LinkedHashSet<>();
        output.streams().forEach(stream -> topics.add(stream.topic()));
        return topics;
    }

    /** The wrdn message for streams whose topic is missing from {@code existingTopics}; "" if none is. */
    public String missingTopicsMessage(Set<String> existingTopics) {
        StringBuilder message = new StringBuilder();
        for (StreamSource stream : output.streams()) {
            if (!existingTopics.contains(stream.topic())) {
                message.append(Replies.missingTopic(stream.source(), stream.topic()));
            }
        }
        return message.toString();
    }

    /**
     * Starts reading the data topics from {@code start - timeBeforeStart}; offsets are looked up with
     * {@code lookup}, which the job closes at its end if {@code ownsLookup}.
     */
    public void startConsuming(
            KafkaConsumer<ByteBuffer, ByteBuffer> consumer,
            OffsetLookup lookup,
            boolean ownsLookup,
            Duration timeBeforeStart,
            Duration timeAfterStop,
            Duration errorTimeout,
            Duration metadataTimeout) {
        data = new DataConsumer(consumer, lookup, ownsLookup, output, stopOrNull, timeAfterStop, errorTimeout);
        try {
            data.seek(dataTopics(), start.minus(timeBeforeStart), metadataTimeout);
        } catch (RuntimeException e) {
            data.close();
            data = null;
            throw e;
        }
    }

    /** Called from the shutdown hook: a data read or look-up in progress returns at once. */
    public void wakeUp() {
        DataConsumer current = data;
        if (current != null) {
            current.wakeUp();
        }
    }

    /** Where the data reading's time went, or "" if the job reads no data. */
    public String readingTimeSpent() {
        DataConsumer current = data;
        return current == null ? "" : current.timeSpent();
    }

    public boolean consumesData() {
        return data != null && !data.allFinished();
    }

    /** Reads data for at most {@code timeout} and flushes the file when the flush interval has passed. */
    public void poll(Duration timeout, Instant now) {
        if (data != null) {
            data.poll(timeout, now);
        }
        if (!now.isBefore(nextFlush)) {
            nextFlush = now.plus(flushInterval);
            output.flush();
        }
    }

    /**
     * Stop-now: the job ends at once with what the main loop has already handed to the output (protocol.md §6.1:
     * nothing more is read, not even data published before the stop); a message a source filter holds from
     * before the start is still written when the output closes (§9). The status then shows stop time 0.
     */
    public void stopNow(Instant now) {
        stoppedNow = true;
    }

    /** Whether a new stop time may be set: not once the current stop time has passed. */
    public boolean stopTimeAlreadyPassed(Instant now) {
        return stopOrNull != null && stopOrNull.isBefore(now);
    }

    public void setStopTime(Instant stop) {
        stopOrNull = stop;
        output.updateStopTime(stop);
        if (data != null) {
            data.stopTimeChanged(stop);
        }
    }

    /**
     * Stop-now was accepted, or every data topic is finished and a stop time is set and has passed. A job with only
     * static content and a past stop time is therefore over at once.
     */
    public boolean isOver(Instant now) {
        if (stoppedNow) {
            return true;
        }
        boolean dataDone = data == null || data.allFinished();
        return dataDone && stopOrNull != null && now.isAfter(stopOrNull);
    }

    public String jobId() {
        return command.jobId();
    }

    public RunStart command() {
        return command;
    }

    public Instant start() {
        return start;
    }

    /** The stop time the status reports: null means none; after stop-now it reads 0. */
    public Instant stopOrNull() {
        return stopOrNull;
    }

    public boolean stoppedNow() {
        return stoppedNow;
    }

    public String outputPath() {
        return outputPath;
    }

    public Map<String, Object> statusExtra() {
        try {
            return output.statusExtra();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "No status extra from the output: {0}", e.getMessage());
            return Map.of();
        }
    }

    /** Ends the job: stops reading, then lets the output write what remains and close the file. */
    @Override
    public void close() {
        if (data != null) {
            data.close();
        }
        output.close();
    }
}
