package selftests.control;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import lib.kafka.ConfirmingProducer;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.FinishedWriting;
import lib.wire.Identifier;
import lib.wire.RunStart;
import lib.wire.RunStop;
import lib.wire.Status;

/**
 * A protocol peer driven step by step by a test: it reads what the pool sends (run starts on the pool topic,
 * stops on command topics) and publishes what a writer would (x5f2, answ, wrdn, the HEAD echo), with real Kafka.
 */
final class ScriptedWriter implements AutoCloseable {
    static final Duration STATUS_INTERVAL = Duration.ofMillis(200);
    private static final Duration READ_TIMEOUT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String serviceId;
    private final ConfirmingProducer producer;
    private final Map<String, TopicReader> readers = new LinkedHashMap<>();

    /** Listens from now on to the pool topic and to {@code commandTopics} for what a pool sends. */
    ScriptedWriter(Kafka kafka, String serviceId, String poolTopic, String... commandTopics) {
        this.serviceId = serviceId;
        producer = ConfirmingProducer.connect(kafka);
        readers.put(poolTopic, TopicReader.fromEnd(kafka, poolTopic));
        for (String topic : commandTopics) {
            readers.put(topic, TopicReader.fromEnd(kafka, topic));
        }
    }

    String serviceId() {
        return serviceId;
    }

    /** The run start for {@code jobId} from the pool topic (every scripted writer sees every job). */
    RunStart takeJob(String poolTopic, String jobId) {
        return RunStart.parse(readers.get(poolTopic)
                .awaitRecord(
                        "a pl72 for job " + jobId,
                        record -> Identifier.has(record.value(), RunStart.IDENTIFIER)
                                && RunStart.parse(record.value()).jobId().equals(jobId),
                        READ_TIMEOUT)
                .value());
    }

    /** The next stop for {@code jobId} on {@code topic}. */
    RunStop takeStop(String topic, String jobId) {
        return RunStop.parse(readers.get(topic)
                .awaitRecord(
                        "a 6s4t for job " + jobId,
                        record -> Identifier.has(record.value(), RunStop.IDENTIFIER)
                                && RunStop.parse(record.value()).jobId().equals(jobId),
                        READ_TIMEOUT)
                .value());
    }

    void idle(String topic) {
        status(topic, "idle", "not_currently_writing", "");
    }

    void writing(String topic, String jobId, String fileName) {
        status(topic, "writing", jobId, fileName);
    }

    void status(String topic, String state, String jobId, String fileName) {
        ObjectNode json = JSON.createObjectNode()
                .put("state", state)
                .put("job_id", jobId)
                .put("file_being_written", fileName)
                .put("start_time", 0)
                .put("stop_time", 0);
        publish(
                topic,
                new Status(
                                "kafka-to-nexus",
                                "scripted",
                                serviceId,
                                "localhost",
                                ProcessHandle.current().pid(),
                                STATUS_INTERVAL,
                                json.toString())
                        .toBytes());
    }

    /** What a HEAD writer does with a start it takes: republish its bytes unchanged. */
    void echo(String topic, RunStart start) {
        publish(topic, start.toBytes());
    }

    void acceptStart(String topic, RunStart start) {
        answer(
                topic,
                start.jobId(),
                start.jobId(),
                ActionType.START_JOB,
                ActionOutcome.SUCCESS,
                201,
                "Started write job.");
    }

    void rejectStart(String topic, RunStart start, int statusCode, String message) {
        answer(topic, start.jobId(), start.jobId(), ActionType.START_JOB, ActionOutcome.FAILURE, statusCode, message);
    }

    void acceptStop(String topic, RunStop stop) {
        answer(
                topic,
                stop.jobId(),
                stop.commandId(),
                ActionType.SET_STOP_TIME,
                ActionOutcome.SUCCESS,
                201,
                "Attempting to stop writing job now.");
    }

    void answer(
            String topic,
            String jobId,
            String commandId,
            ActionType action,
            ActionOutcome outcome,
            int statusCode,
            String message) {
        publish(
                topic,
                new ActionResponse(serviceId, jobId, action, outcome, statusCode, null, message, commandId).toBytes());
    }

    void finish(String topic, String jobId, String fileName, String metadata) {
        publish(topic, new FinishedWriting(serviceId, jobId, false, fileName, metadata, "").toBytes());
    }

    void fail(String topic, String jobId, String fileName, String message) {
        publish(topic, new FinishedWriting(serviceId, jobId, true, fileName, "", message).toBytes());
    }

    void publish(String topic, byte[] bytes) {
        producer.send(topic, bytes);
    }

    @Override
    public void close() {
        readers.values().forEach(TopicReader::close);
        producer.close();
    }
}
