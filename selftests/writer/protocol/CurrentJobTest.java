package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import lib.kafka.Kafka;
import lib.nexus.NexusAssertions;
import lib.nexus.NexusFile;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.FinishedWriting;
import lib.wire.LogData;
import lib.wire.RunStart;
import lib.wire.RunStop;
import lib.wire.Status;
import lib.wire.Value;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A job under the current profile, from the pool to the wrdn, and the job end rules (protocol.md §1.6, §4.6). */
class CurrentJobTest extends OneCurrentWriter {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter UTC_MILLIS =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private String control;

    @BeforeAll
    static void startWriter(Kafka kafka) {
        startTheWriter(kafka, "current_job", "--time-after-stop", "3s");
    }

    @BeforeEach
    void newControlTopic() {
        control = rig.newTopic("control");
    }

    @Test
    void aJobEchoesItsStartWritesOnItsControlTopicAndReturnsToIdle() throws IOException {
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control);
                TopicLog commandLog = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            RunStart start = rig.job(control).metadata("{\"hello\": 123}").build();
            rig.sendJob(start);

            ActionResponse started = controlLog.awaitAnswer("the start's answ", answer -> true);
            assertThat(started.action()).isEqualTo(ActionType.START_JOB);
            assertThat(started.outcome()).isEqualTo(ActionOutcome.SUCCESS);
            assertThat(started.statusCode()).isEqualTo(201);
            assertThat(started.jobId()).isEqualTo(start.jobId());
            assertThat(started.commandId()).isEqualTo(start.jobId());
            assertThat(started.message())
                    .matches("Started write job with start time \\S+Z and stop time " + "2262-04-11T23:47:16.854Z\\.");
            assertThat(controlLog.identifiers()).startsWith("pl72", "answ");
            assertThat(controlLog.seen().get(0).bytes())
                    .as("the echo is the unchanged pl72")
                    .isEqualTo(start.toBytes());

            Status writing = controlLog.awaitStatus("a writing heartbeat", status -> true);
            assertThat(JSON.readTree(writing.statusJson()).get("state").asText())
                    .isEqualTo("writing");
            assertThat(JSON.readTree(writing.statusJson()).get("job_id").asText())
                    .isEqualTo(start.jobId());
            assertThat(JSON.readTree(writing.statusJson())
                            .get("file_being_written")
                            .asText())
                    .isEqualTo(start.filename());
            assertThat(JSON.readTree(writing.statusJson()).get("stop_time").asLong())
                    .isEqualTo(9_223_372_036_854L);

            RunStop stop = RunStop.now(start.jobId());
            rig.send(control, stop.toBytes());
            ActionResponse stopped =
                    controlLog.awaitAnswer("the stop's answ", answer -> answer.action() == ActionType.SET_STOP_TIME);
            assertThat(stopped.statusCode()).isEqualTo(201);
            assertThat(stopped.message()).isEqualTo("Attempting to stop writing job now.");
            assertThat(stopped.commandId()).isEqualTo(stop.commandId());
            FinishedWriting done = controlLog.awaitFinished(start.jobId());
            assertThat(done.errorEncountered()).isFalse();
            assertThat(done.fileName())
                    .isEqualTo(rig.output().resolve(start.filename()).toString());
            assertThat(done.metadata()).isEqualTo("{\"hello\": 123}");
            assertThat(done.message()).isEmpty();
            assertThat(rig.output().resolve(start.filename())).exists();

            commandLog.awaitStatus("an idle heartbeat after the job", status -> status.statusJson()
                    .contains("\"idle\""));
            List<String> onControl = controlLog.collectFor(Duration.ofMillis(1_500)).stream()
                    .map(TopicLog.Seen::identifier)
                    .toList();
            assertThat(onControl.subList(onControl.size() - 3, onControl.size()))
                    .as("the last messages on the control topic")
                    .containsExactly("6s4t", "answ", "wrdn");
            assertThat(onControl).filteredOn("pl72"::equals).hasSize(1);
        }
    }

    @Test
    void aStaticJobWithAPastStopTimeEndsAtOnce() {
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            RunStart start = rig.job(control)
                    .start(now.minusSeconds(20))
                    .stop(now.minusSeconds(10))
                    .build();
            rig.sendJob(start);
            ActionResponse started = controlLog.awaitAnswer("the start's answ", answer -> true);
            assertThat(started.stopTime()).isEqualTo(now.minusSeconds(10));
            long before = System.nanoTime();
            FinishedWriting done = controlLog.awaitFinished(start.jobId());
            assertThat(done.errorEncountered()).isFalse();
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(3));
        }
    }

    @Test
    void startAndStopInTheFutureInOneMessage() {
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            Instant start = Instant.now().plusSeconds(2).truncatedTo(ChronoUnit.SECONDS);
            RunStart job =
                    rig.job(control).start(start).stop(start.plusSeconds(2)).build();
            rig.sendJob(job);
            ActionResponse started = controlLog.awaitAnswer("the start's answ", answer -> true);
            assertThat(started.message())
                    .isEqualTo("Started write job with start time " + UTC_MILLIS.format(start) + " and stop time "
                            + UTC_MILLIS.format(start.plusSeconds(2)) + ".");
            FinishedWriting done = controlLog.awaitFinished(job.jobId());
            assertThat(Instant.now()).isAfter(start.plusSeconds(2));
            assertThat(done.errorEncountered()).isFalse();
        }
    }

    @Test
    void aStopSentRightAfterTheStartIsSeen() {
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            RunStart start = rig.job(control)
                    .start(Instant.now().truncatedTo(ChronoUnit.MILLIS))
                    .build();
            rig.sendJob(start);
            RunStop stop = RunStop.at(start.jobId(), Instant.now().truncatedTo(ChronoUnit.MILLIS));
            rig.send(control, stop.toBytes());
            ActionResponse answer = controlLog.awaitAnswer(
                    "the stop's answ", response -> response.action() == ActionType.SET_STOP_TIME);
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.message()).startsWith("File writing job stop time set to: ");
            assertThat(controlLog.awaitFinished(start.jobId()).errorEncountered())
                    .isFalse();
        }
    }

    private static String eventGroup(String name, String topic, String source) {
        return "{\"type\":\"group\",\"name\":\"" + name + "\",\"children\":[{\"module\":\"ev44\",\"config\":"
                + "{\"topic\":\"" + topic + "\",\"source\":\"" + source + "\"}}]}";
    }

    @Test
    void aMissingDataTopicFailsTheJobAfterItsStart() {
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            String structure = "{\"children\":[" + eventGroup("detector", "no_such_topic_a", "det") + ","
                    + eventGroup("monitor", "no_such_topic_b", "mon") + "]}";
            RunStart start =
                    rig.job(control).structure(structure).metadata("kept").build();
            rig.sendJob(start);
            assertThat(controlLog
                            .awaitAnswer("the start's answ", answer -> true)
                            .statusCode())
                    .isEqualTo(201);
            FinishedWriting done = controlLog.awaitFinished(start.jobId());
            assertThat(done.errorEncountered()).isTrue();
            assertThat(done.message())
                    .isEqualTo(
                            "Unable to set up consumer for source det on topic no_such_topic_a as this topic does not"
                                + " exist. Unable to set up consumer for source mon on topic no_such_topic_b as this"
                                + " topic does not exist. ");
            assertThat(done.metadata()).isEqualTo("kept");
        }
    }

    @Test
    void historicalDataInTheWindowIsWrittenAndTheJobEndsByItself() {
        String data = rig.newTopic("motion");
        Instant t = Instant.parse("2020-06-12T11:01:35Z");
        // Before start - time_before_start (10 s): never read. Within it: the last value before the start.
        rig.send(
                data,
                LogData.f144("axis", t.minusSeconds(20), Value.ofDouble(-20)).toBytes(),
                t.minusSeconds(20));
        rig.send(
                data,
                LogData.f144("axis", t.minusSeconds(5), Value.ofDouble(-5)).toBytes(),
                t.minusSeconds(5));
        for (int i = 1; i <= 5; i++) {
            rig.send(
                    data,
                    LogData.f144("axis", t.plusSeconds(i), Value.ofDouble(i)).toBytes(),
                    t.plusSeconds(i));
        }
        rig.send(
                data,
                LogData.f144("axis", t.plusSeconds(30), Value.ofDouble(30)).toBytes(),
                t.plusSeconds(30));
        String structure = "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"children\":[{\"type\":"
                + "\"group\",\"name\":\"motion\",\"children\":[{\"module\":\"f144\",\"config\":{\"topic\":\""
                + data + "\",\"source\":\"axis\",\"dtype\":\"double\"}}]}]}]}";
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            RunStart start = rig.job(control)
                    .structure(structure)
                    .start(t)
                    .stop(t.plusSeconds(10))
                    .build();
            rig.sendJob(start);
            assertThat(controlLog
                            .awaitAnswer("the start's answ", answer -> true)
                            .statusCode())
                    .isEqualTo(201);
            FinishedWriting done = controlLog.awaitFinished(start.jobId());
            assertThat(done.errorEncountered()).as(done.message()).isFalse();
            try (NexusFile file = NexusFile.open(rig.output().resolve(start.filename()))) {
                NexusAssertions.assertThat(file).dataset("entry/motion/value").hasValues(-5.0, 1.0, 2.0, 3.0, 4.0, 5.0);
            }
        }
    }
}
