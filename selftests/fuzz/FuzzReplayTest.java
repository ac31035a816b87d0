package selftests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import lib.fixtures.SelfTestKafka;
import lib.fuzz.CaseFile;
import lib.fuzz.FuzzInput;
import lib.fuzz.FuzzTopics;
import lib.fuzz.InputGenerator;
import lib.fuzz.JobContext;
import lib.fuzz.Send;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import lib.wire.Profile;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import selftests.runner.RunnerProcess;

/**
 * {@code fuzz_writer.java --replay FILE} against a broker of this test: the saved case's messages reach their topics
 * byte for byte, in order, data messages with their record timestamps.
 */
@ExtendWith(SelfTestKafka.class)
class FuzzReplayTest {
    private static final long START_MS = System.currentTimeMillis() - 60_000;
    private static final JobContext COMMAND_JOB = new JobContext("5a1f0c3e-2b4d-4e6f-8a9b-0c1d2e3f4a5b", START_MS, "");
    private static final JobContext DATA_JOB = new JobContext("6b2f1d4e-3c5e-4f70-9bac-1d2e3f4a5b6c", START_MS, "");

    @TempDir
    Path folder;

    @Test
    void a_replay_sends_the_saved_bytes_again(Kafka kafka) {
        FuzzTopics topics = FuzzTopics.standard();
        InputGenerator generator = new InputGenerator(11, Profile.CURRENT, topics, Set.of(), kafka.bootstrapServers());
        List<FuzzInput> inputs = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            inputs.add(generator.pool(START_MS));
        }
        for (int i = 0; i < 3; i++) {
            inputs.add(generator.command(COMMAND_JOB, START_MS));
        }
        for (int i = 0; i < 5; i++) {
            inputs.add(stamped(generator.data(DATA_JOB, START_MS), START_MS + 100 + i));
        }
        Path caseFile = folder.resolve("case.json");
        new CaseFile("current", "made by the test", "reference writer", inputs).save(caseFile);

        RunnerProcess.Outcome replay = FuzzScript.run(
                Duration.ofMinutes(5),
                "--replay",
                caseFile.toString(),
                "--kafka",
                kafka.bootstrapServers(),
                "--writers",
                "1",
                "--logs",
                folder.resolve("logs").toString());

        assertThat(replay.lines()).as(replay.output()).anySatisfy(line -> assertThat(line)
                .startsWith("11 input(s) replayed: 0 crash(es) or hang(s)"));
        assertThat(topicHolds(kafka, topics.pool(), inputs.subList(0, 3), false))
                .as(replay.output())
                .isTrue();
        assertThat(topicHolds(kafka, topics.commands(), inputs.subList(3, 6), false))
                .as(replay.output())
                .isTrue();
        assertThat(topicHolds(kafka, topics.data(), inputs.subList(6, 11), true))
                .as(replay.output())
                .isTrue();
    }

    private static FuzzInput stamped(FuzzInput input, long timestampMs) {
        List<Send> sends =
                input.sends().stream().map(send -> send.at(timestampMs)).toList();
        return new FuzzInput(input.number(), input.topic(), input.kind(), input.description(), sends, input.context());
    }

    /** Whether the topic holds the inputs' messages in order (other records in between), with their timestamps. */
    private static boolean topicHolds(Kafka kafka, String topic, List<FuzzInput> inputs, boolean timestamps) {
        List<Send> expected =
                inputs.stream().flatMap(input -> input.sends().stream()).toList();
        int next = 0;
        try (TopicReader reader = TopicReader.fromBeginning(kafka, topic)) {
            for (int polls = 0; polls < 50 && next < expected.size(); polls++) {
                for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    Send wanted = expected.get(Math.min(next, expected.size() - 1));
                    if (next < expected.size()
                            && java.util.Arrays.equals(record.value(), wanted.bytes())
                            && (!timestamps || record.timestamp() == wanted.timestampMs())) {
                        next++;
                    }
                }
            }
        }
        return next == expected.size();
    }
}
