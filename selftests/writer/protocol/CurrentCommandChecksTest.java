package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.flatbuffers.FlatBufferBuilder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import lib.kafka.Kafka;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.RunStart;
import lib.wire.RunStop;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every branch of the current profile's start and stop checks (protocol.md §4.3, §4.4): the answ each one gets, or
 * none. "None" is shown with a marker: a later command whose answ proves the writer got past the dropped one.
 */
class CurrentCommandChecksTest extends OneCurrentWriter {
    private static final String START_PARSE_ERROR = "Failed to extract start command from flatbuffer. The error was: "
            + "Errors encountered parsing run start message:\n";

    @BeforeAll
    static void startWriter(Kafka kafka) {
        startTheWriter(kafka, "current_checks", "--time-after-stop", "20s");
    }

    /** Sends the start and returns the answ on the default topic, checking that the unchanged echo came first. */
    private static ActionResponse rejectedStart(RunStart start) {
        try (TopicLog commands = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            byte[] bytes = start.toBytes();
            rig.send(rig.pool, bytes);
            ActionResponse answer = commands.awaitAnswer("the start's answ", response -> true);
            List<TopicLog.Seen> seen = commands.seen().stream()
                    .filter(s -> !s.identifier().equals("x5f2"))
                    .toList();
            assertThat(seen.get(0).bytes()).as("the echo before the answ").isEqualTo(bytes);
            assertThat(answer.action()).isEqualTo(ActionType.START_JOB);
            assertThat(answer.outcome()).isEqualTo(ActionOutcome.FAILURE);
            return answer;
        }
    }

    @Test
    void missingRequiredFieldsAre400WithOneLinePerField() {
        ActionResponse answer =
                rejectedStart(RunStart.builder().controlTopic(rig.commands).build());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message())
                .isEqualTo(START_PARSE_ERROR + "Job ID missing, this field is required\n"
                        + "NeXus Structure missing, this field is required\n"
                        + "Filename missing, this field is required\n");
        assertThat(answer.jobId()).isEmpty();
        assertThat(answer.commandId()).isEmpty();

        ActionResponse onlyFilename =
                rejectedStart(rig.job(rig.commands).filename("").build());
        assertThat(onlyFilename.message()).isEqualTo(START_PARSE_ERROR + "Filename missing, this field is required\n");
    }

    @Test
    void anInvalidJobIdIs400() {
        RunStart start = rig.job(rig.commands).jobId("invalid id").build();
        ActionResponse answer = rejectedStart(start);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message())
                .isEqualTo("Rejected start command as the job id was invalid (it was: \"invalid id\").");
        assertThat(answer.jobId()).isEqualTo("invalid id");
        assertThat(answer.stopTime()).isEqualTo(Instant.ofEpochMilli(9_223_372_036_854L));
    }

    @Test
    void anEmptyControlTopicIs400() {
        ActionResponse answer = rejectedStart(rig.job("").build());
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.message()).isEqualTo("Rejected start job as control topic was empty.");
    }

    @Test
    void invalidStructureJsonIs500AndTheAnswerGoesToTheDefaultTopic() {
        String control = rig.newTopic("control");
        ActionResponse answer =
                rejectedStart(rig.job(control).structure("{\"children\": [").build());
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.message())
                .startsWith("Failed to start filewriting job. The failure message was: ")
                .contains("NeXus structure JSON");
    }

    @Test
    void anExistingFileIs500() throws Exception {
        RunStart start = rig.job(rig.commands).build();
        Files.writeString(rig.output().resolve(start.filename()), "taken");
        ActionResponse answer = rejectedStart(start);
        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.message()).contains("Failed to initialize HDF file");
    }

    @Test
    void garbageOnThePoolIsSkippedSilently() {
        try (TopicLog commands = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            byte[] valid = rig.job(rig.commands).build().toBytes();
            rig.send(rig.pool, "garbage".getBytes(StandardCharsets.UTF_8));
            rig.send(rig.pool, new byte[0]);
            rig.send(rig.pool, Arrays.copyOf(valid, 24));
            rig.send(rig.pool, "0000abcd and more text".getBytes(StandardCharsets.UTF_8));
            rig.send(rig.pool, RunStop.now(UUID.randomUUID().toString()).toBytes());
            RunStart marker = rig.job(rig.commands).jobId("marker").build();
            rig.send(rig.pool, marker.toBytes());

            ActionResponse answer = commands.awaitAnswer("the marker's answ", response -> true);
            assertThat(answer.jobId()).as("the first answ is the marker's").isEqualTo("marker");
            assertThat(commands.collectFor(Duration.ofSeconds(1)).stream()
                            .map(TopicLog.Seen::identifier)
                            .filter(id -> !id.equals("x5f2"))
                            .toList())
                    .as("published besides heartbeats")
                    .containsExactly("pl72", "answ");
        }
    }

    private static RunningJob startJob() {
        String control = rig.newTopic("control");
        return RunningJob.start(rig, rig.job(control), control);
    }

    @Test
    void aStopWithoutJobIdIs400WithEmptyIds() {
        try (RunningJob job = startJob()) {
            ActionResponse answer = job.answerTo(RunStop.at("", Instant.now().plusSeconds(100)));
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.message())
                    .isEqualTo("Failed to extract stop command from flatbuffer. The error was: "
                            + "Errors encountered parsing run stop message:\nJob ID missing, this field is required");
            assertThat(answer.jobId()).isEmpty();
            assertThat(answer.commandId()).isEmpty();
            assertThat(answer.stopTime()).isNull();
            assertThat(answer.action()).isEqualTo(ActionType.SET_STOP_TIME);
        }
    }

    @Test
    void aStopForAnotherJobIs400() {
        try (RunningJob job = startJob()) {
            RunStop stop = RunStop.now("wrong job id");
            ActionResponse answer = job.answerTo(stop);
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.message())
                    .isEqualTo("Rejected stop command as the job ID did not match (localID is "
                            + job.command().jobId() + ", job ID was: wrong job id).");
            assertThat(answer.jobId()).isEqualTo("wrong job id");
            assertThat(answer.commandId()).isEqualTo(stop.commandId());
        }
    }

    @Test
    void anInvalidOrAbsentCommandIdIs400() {
        try (RunningJob job = startJob()) {
            ActionResponse invalid =
                    job.answerTo(RunStop.now(job.command().jobId()).withCommandId("abc"));
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(invalid.message())
                    .isEqualTo("Rejected stop command as the command ID was invalid (it was: abc).");

            // The real binary crashes on this one (protocol.md §4.4); the reference writer answers it.
            ActionResponse absent =
                    job.answerTo(stopWithoutCommandId(job.command().jobId()), "without command_id");
            assertThat(absent.statusCode()).isEqualTo(400);
            assertThat(absent.message()).isEqualTo("Rejected stop command as the command ID was invalid (it was: ).");
        }
    }

    private static byte[] stopWithoutCommandId(String jobId) {
        FlatBufferBuilder builder = new FlatBufferBuilder();
        int jobIdOffset = builder.createString(jobId);
        lib.wire.generated._6s4t.RunStop.startRunStop(builder);
        lib.wire.generated._6s4t.RunStop.addJobId(builder, jobIdOffset);
        int root = lib.wire.generated._6s4t.RunStop.endRunStop(builder);
        builder.finish(root, "6s4t");
        return builder.sizedByteArray();
    }

    @Test
    void setStopTimeMovesTheStopAndTheStatusShowsIt() throws Exception {
        try (RunningJob job = startJob()) {
            Instant stop = Instant.now().plusSeconds(3600).truncatedTo(ChronoUnit.MILLIS);
            RunStop command = RunStop.at(job.command().jobId(), stop);
            ActionResponse answer = job.answerTo(command);
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.outcome()).isEqualTo(ActionOutcome.SUCCESS);
            assertThat(answer.message()).startsWith("File writing job stop time set to: ");
            assertThat(answer.stopTime()).isEqualTo(stop);
            job.log().awaitStatus("a heartbeat with the new stop time", status -> status.statusJson()
                    .contains("\"stop_time\":" + stop.toEpochMilli()));
        }
    }

    @Test
    void aNewStopTimeIsRefusedOnceTheCurrentOneHasPassed() {
        String data = rig.newTopic("data");
        String control = rig.newTopic("control");
        String structure =
                "{\"children\":[{\"module\":\"f144\",\"config\":{\"topic\":\"" + data + "\",\"source\":\"s\"}}]}";
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        RunStart.Builder pastStop = rig.job(control)
                .structure(structure)
                .start(now.minusSeconds(30))
                .stop(now.minusSeconds(1));
        // The data partition stays unfinished until stop + 20 s (--time-after-stop), so the job still runs.
        try (RunningJob job = RunningJob.start(rig, pastStop, control)) {
            ActionResponse answer = job.answerTo(RunStop.at(job.command().jobId(), now.plusSeconds(60)));
            assertThat(answer.statusCode()).isEqualTo(500);
            assertThat(answer.message())
                    .isEqualTo("Failed to execute stop command. The failure message was: "
                            + "Unable to set a new stop time as the stop time has already been passed.");
        }
    }

    @Test
    void stopsIgnoreServiceIdAndGarbageOnTheControlTopicIsSkipped() {
        try (RunningJob job = startJob()) {
            rig.send(job.control(), "not a flatbuffer".getBytes(StandardCharsets.UTF_8));
            rig.send(job.control(), new byte[] {1, 2, 3});
            rig.send(job.control(), rig.job(job.control()).build().toBytes());
            ActionResponse marker = job.answerTo(RunStop.now("marker job"));
            assertThat(marker.jobId()).as("the first answ after the garbage").isEqualTo("marker job");

            RunStop stop = RunStop.now(job.command().jobId()).withServiceId("somebody else");
            ActionResponse answer = job.answerTo(stop);
            assertThat(answer.statusCode()).isEqualTo(201);
            assertThat(answer.message()).isEqualTo("Attempting to stop writing job now.");
            assertThat(answer.stopTime()).isNull();
            assertThat(job.log().awaitFinished(job.command().jobId()).errorEncountered())
                    .isFalse();
        }
    }
}
