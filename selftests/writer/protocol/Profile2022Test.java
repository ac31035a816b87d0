package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.wire.ActionResponse;
import lib.wire.FinishedWriting;
import lib.wire.RunStart;
import lib.wire.RunStop;
import lib.wire.Status;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 2022 profile's protocol (protocol.md §4.2, §4.4, §4.7): addressing by service id, silent drops, starts on the
 * command topic, control topics read from their end, and the 2022 wrdn. "No answ" is shown with a later marker.
 */
@ExtendWith(SelfTestKafka.class)
class Profile2022Test {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path folder;

    private static WriterRig rig;
    private static String ownId;

    @RegisterExtension
    final PrintWriterLogsOnFailure printLogs = new PrintWriterLogsOnFailure(() -> rig);

    @BeforeAll
    static void startWriter(Kafka kafka) {
        rig = WriterRig.create(kafka, "2022", folder);
        try (TopicLog commands = TopicLog.fromEnd(kafka, rig.commands)) {
            rig.startWriter("w2022");
            ownId = commands.awaitStatus("the writer's first heartbeat", status -> true)
                    .serviceId();
        }
        rig.awaitPoolListened(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopWriter() {
        rig.close();
    }

    /** Publishes the messages, then the marker, and returns the answ to the marker: the first answ after them. */
    private static ActionResponse firstAnswerAfter(
            TopicLog log, String topic, List<byte[]> messages, String markerTopic, byte[] marker) {
        int mark = log.mark();
        messages.forEach(message -> rig.send(topic, message));
        rig.send(markerTopic, marker);
        return log.awaitSince(
                mark, "the first answ after the dropped messages", ActionResponse.class, answer -> true, TopicLog.WAIT);
    }

    @Test
    void aPoolJobWithoutControlTopicRunsOnTheDefaultTopicAndEndsWithThe2022Wrdn() throws Exception {
        RunStart.Builder job = rig.job("").metadata("{\"hello\": 123, \"state\": \"overwritten\"}");
        try (RunningJob running = RunningJob.start(rig, job, rig.commands)) {
            TopicLog log = running.log();
            List<TopicLog.Seen> beforeAnswer = log.seen().stream()
                    .filter(seen -> !seen.identifier().equals("x5f2"))
                    .toList();
            assertThat(beforeAnswer.get(0).identifier())
                    .as("2022 does not echo the pl72")
                    .isEqualTo("answ");
            Status writing = log.awaitStatus("a writing heartbeat on the default topic", status -> status.statusJson()
                    .contains("\"writing\""));
            JsonNode status = JSON.readTree(writing.statusJson());
            assertThat(status.get("extra").isObject()).isTrue();
            assertThat(status.get("file_being_written").asText())
                    .isEqualTo(running.command().filename());

            ActionResponse stopped =
                    running.answerTo(RunStop.now(running.command().jobId()).withServiceId(ownId));
            assertThat(stopped.statusCode()).isEqualTo(201);
            FinishedWriting done = log.awaitFinished(running.command().jobId());
            assertThat(done.errorEncountered()).isFalse();
            assertThat(done.fileName())
                    .as("2022: the filename as given")
                    .isEqualTo(running.command().filename());
            JsonNode metadata = JSON.readTree(done.metadata());
            assertThat(metadata.get("hello").asInt()).isEqualTo(123);
            assertThat(metadata.get("state").asText()).isEqualTo("overwritten");
            assertThat(metadata.get("job_id").asText())
                    .isEqualTo(running.command().jobId());
            assertThat(metadata.get("stop_time").asLong())
                    .as("stop time after stop-now")
                    .isZero();
            assertThat(metadata.has("extra")).isTrue();
            assertThat(metadata.get("hdf_structure").asText())
                    .isEqualTo(running.command().nexusStructure());
        }
    }

    @Test
    void stopsForOtherServiceIdsAreDroppedAndTheRestAnswered() {
        try (RunningJob running = RunningJob.start(rig, rig.job(""), rig.commands)) {
            String jobId = running.command().jobId();
            ActionResponse marker = firstAnswerAfter(
                    running.log(),
                    rig.commands,
                    List.of(
                            RunStop.now(jobId).toBytes(),
                                    RunStop.now(jobId).withServiceId("other").toBytes(),
                            RunStop.now("").withServiceId(ownId).toBytes(), "junk".getBytes()),
                    rig.commands,
                    RunStop.now("wrong job id").withServiceId(ownId).toBytes());
            assertThat(marker.statusCode()).isEqualTo(400);
            assertThat(marker.message())
                    .isEqualTo("Rejected stop command as the job id was invalid (It should be " + jobId
                            + ", it was: wrong job id).");

            ActionResponse badCommandId =
                    running.answerTo(RunStop.now(jobId).withServiceId(ownId).withCommandId("abc"));
            assertThat(badCommandId.message())
                    .isEqualTo("Rejected stop command as the command id was invalid (it was: abc).");

            RunStart another = rig.job("").serviceId(ownId).build();
            rig.send(rig.commands, another.toBytes());
            ActionResponse busy = running.log().awaitAnswer("the answ to a second start", answer -> answer.jobId()
                    .equals(another.jobId()));
            assertThat(busy.statusCode()).isEqualTo(400);
            assertThat(busy.message())
                    .isEqualTo("Rejected start command as there is currently a write job in progress.");

            Instant stop = Instant.now().plusSeconds(600).truncatedTo(ChronoUnit.MILLIS);
            ActionResponse stopTimeSet =
                    running.answerTo(RunStop.at(jobId, stop).withServiceId(ownId));
            assertThat(stopTimeSet.statusCode()).isEqualTo(201);
            assertThat(stopTimeSet.stopTime()).isEqualTo(stop);
            assertThat(stopTimeSet.message()).startsWith("File writing job stop time set to: ");
        }
    }

    @Test
    void aStopWhileIdleIs400AndMisaddressedStartsAreDropped() {
        try (TopicLog commands = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            RunStop idleStop = RunStop.now("some job").withServiceId(ownId);
            ActionResponse marker = firstAnswerAfter(
                    commands,
                    rig.commands,
                    List.of(
                            rig.job("").serviceId("another writer").build().toBytes(),
                            rig.job("").broker("").serviceId(ownId).build().toBytes(),
                            rig.job("")
                                    .broker("not a broker!")
                                    .serviceId(ownId)
                                    .build()
                                    .toBytes(),
                            new byte[] {0, 0}),
                    rig.commands,
                    idleStop.toBytes());
            assertThat(marker.statusCode()).isEqualTo(400);
            assertThat(marker.commandId()).isEqualTo(idleStop.commandId());
            assertThat(marker.message())
                    .isEqualTo("Rejected stop command as there is currently no write job in progress.");
        }
    }

    @Test
    void poolJobsAddressedToThisWriterAreDroppedAndFailedStartsKeepItInThePool() {
        try (TopicLog commands = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            RunStart marker = rig.job("").jobId("not a uuid").build();
            ActionResponse answer = firstAnswerAfter(
                    commands,
                    rig.pool,
                    List.of(rig.job("").serviceId(ownId).build().toBytes(), "garbage!".getBytes()),
                    rig.pool,
                    marker.toBytes());
            assertThat(answer.jobId()).isEqualTo("not a uuid");
            assertThat(answer.message())
                    .isEqualTo("Rejected start command as the job id was invalid (it was: \"not a uuid\").");
            // Still in the pool: the next job is taken.
            try (RunningJob running = RunningJob.start(rig, rig.job(""), rig.commands)) {
                assertThat(running.writerServiceId()).isEqualTo(ownId);
            }
        }
    }

    @Test
    void aCommandTopicStartAddressedToThisWriterRuns() {
        try (TopicLog commands = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            RunStart withControl = rig.job("some_topic").serviceId(ownId).build();
            rig.send(rig.commands, withControl.toBytes());
            ActionResponse refused = commands.awaitAnswer(
                    "the answ to a command-topic start with a control topic",
                    answer -> answer.jobId().equals(withControl.jobId()));
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.message())
                    .isEqualTo("Rejected new/alternative command topic (\"some_topic\") as the "
                            + "job was not received from job pool.");

            RunStart start = rig.job("").serviceId(ownId).build();
            rig.send(rig.commands, start.toBytes());
            ActionResponse started =
                    commands.awaitAnswer("the answ to the command-topic start", answer -> answer.jobId()
                            .equals(start.jobId()));
            assertThat(started.statusCode()).isEqualTo(201);
            rig.send(
                    rig.commands,
                    RunStop.now(start.jobId()).withServiceId(ownId).toBytes());
            assertThat(commands.awaitFinished(start.jobId()).errorEncountered()).isFalse();
        }
    }

    @Test
    void aControlTopicCarriesTheJobsTrafficAndStatusComesBackAfterwards() {
        String control = rig.newTopic("control");
        try (TopicLog commands = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            try (RunningJob running = RunningJob.start(rig, rig.job(control), control)) {
                running.log().awaitStatus("a writing heartbeat on the control topic", status -> status.statusJson()
                        .contains("\"writing\""));
                long writingSince = System.currentTimeMillis();
                running.log().collectFor(Duration.ofMillis(2_500));
                assertThat(commands.collectFor(Duration.ofMillis(100)))
                        .as("heartbeats on the default topic while " + "writing")
                        .noneMatch(seen -> seen.identifier().equals("x5f2") && seen.timestamp() >= writingSince);
            }
            commands.awaitStatus("an idle heartbeat on the default topic after the job", status -> status.statusJson()
                    .contains("\"idle\""));
        }
    }
}
