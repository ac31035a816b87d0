package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import lib.kafka.Kafka;
import lib.wire.ActionResponse;
import lib.wire.RunStart;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Starts that fuzz_writer.java found the reference writer mishandling: each now gets a 500 whose text names the
 * cause, and the writer still takes a valid job afterwards.
 */
class FuzzFindingsTest extends OneCurrentWriter {
    private static final String START_FAILED = "Failed to start filewriting job. The failure message was: ";

    @BeforeAll
    static void startWriter(Kafka kafka) {
        startTheWriter(kafka, "fuzz_findings");
    }

    /** Sends the start and returns its answ, which comes on the default topic since the start failed. */
    private static ActionResponse answerTo(RunStart start) {
        try (TopicLog commands = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            rig.sendJob(start);
            return commands.awaitAnswer(
                    "the start's answ", answer -> answer.jobId().equals(start.jobId()));
        }
    }

    private static void aValidJobStillStarts() {
        String control = rig.newTopic("control");
        try (RunningJob job = RunningJob.start(rig, rig.job(control), control)) {
            assertThat(job.writerServiceId()).isNotEmpty();
        }
    }

    @Test
    void aControlTopicNameKafkaCannotTakeFailsTheStartAndLeavesTheWriterWorking() {
        ActionResponse answer = answerTo(rig.job("t".repeat(65_536)).build());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.message())
                .isEqualTo(START_FAILED + "the control topic \"" + "t".repeat(40) + "...\" (65536 characters) is not"
                        + " a valid Kafka topic name: 1 to 249 of a-z, A-Z, 0-9, '.', '_' and '-', and not \".\""
                        + " or \"..\"");
        aValidJobStillStarts();
    }

    @Test
    void aStructureFollowedByMoreTextIsNotJson() {
        ActionResponse answer =
                answerTo(rig.job(rig.commands).structure("{\"children\":[]}}").build());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.message()).startsWith(START_FAILED + "Could not parse NeXus structure JSON.");
    }

    @Test
    void aStructureStartingWithAnEmojiGetsAnAnswer() {
        ActionResponse answer = answerTo(
                rig.job(rig.commands).structure("\ud83d\ude00\ud83d\ude00").build());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.message())
                .startsWith(START_FAILED + "Could not parse NeXus structure JSON.")
                .doesNotContain("\ud83d\ude00");
        aValidJobStillStarts();
    }

    @Test
    void aFileNameWithANulIsNotAPath() {
        RunStart start = rig.job(rig.commands).filename("a\u0000b.nxs").build();

        ActionResponse answer = answerTo(start);

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.message())
                .startsWith(START_FAILED + "Failed to initialize HDF file")
                .endsWith("Error was: the file name is not a valid path: Nul character not allowed.");
        aValidJobStillStarts();
    }

    @Test
    void aFileNameThatClimbsOutOfTheOutputFolderIsRefused() throws IOException {
        String escaping = "sub/../../escaped-" + System.nanoTime() + ".nxs";

        ActionResponse answer =
                answerTo(rig.job(rig.commands).filename(escaping).build());

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.message())
                .endsWith("Error was: the file name names no file inside the output folder \"" + rig.output() + "\".");
        Path parent = rig.output().getParent();
        try (Stream<Path> files = Files.list(parent)) {
            assertThat(files.map(Path::getFileName).map(Path::toString)).noneMatch(name -> name.startsWith("escaped-"));
        }
    }
}
