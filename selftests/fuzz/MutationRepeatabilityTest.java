package selftests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lib.fuzz.FuzzInput;
import lib.fuzz.FuzzTopic;
import lib.fuzz.FuzzTopics;
import lib.fuzz.InputGenerator;
import lib.fuzz.JobContext;
import lib.fuzz.MutationKind;
import lib.fuzz.Send;
import lib.wire.Profile;
import org.junit.jupiter.api.Test;

/** The fuzzer's input generator: a fixed seed gives the same inputs, byte for byte; another seed others. */
class MutationRepeatabilityTest {
    private static final long NOW_MS = 1_764_700_000_000L;
    private static final JobContext JOB =
            new JobContext("0b0e7c4e-7a7f-4a8e-9d4c-1f2e3d4c5b6a", NOW_MS - 1000, "filewriter_1-pid:42-abcd");
    private static final int PER_TOPIC = 400;

    @Test
    void the_same_seed_gives_the_same_inputs() {
        assertThat(inputs(42, Profile.CURRENT)).isEqualTo(inputs(42, Profile.CURRENT));
        assertThat(inputs(7, Profile.P2022)).isEqualTo(inputs(7, Profile.P2022));
    }

    @Test
    void another_seed_gives_other_inputs() {
        List<String> first = inputs(42, Profile.CURRENT);
        List<String> second = inputs(43, Profile.CURRENT);
        assertThat(first).hasSameSizeAs(second);
        long same = 0;
        for (int i = 0; i < first.size(); i++) {
            same += first.get(i).equals(second.get(i)) ? 1 : 0;
        }
        assertThat(same).as("inputs equal under seeds 42 and 43").isLessThan(first.size() / 10);
    }

    @Test
    void every_kind_of_mutation_is_made() {
        InputGenerator generator = generator(1, Profile.CURRENT);
        Set<MutationKind> kinds = EnumSet.noneOf(MutationKind.class);
        Set<FuzzTopic> topics = EnumSet.noneOf(FuzzTopic.class);
        for (int i = 0; i < 3000; i++) {
            for (FuzzInput input :
                    List.of(generator.pool(NOW_MS), generator.command(JOB, NOW_MS), generator.data(JOB, NOW_MS))) {
                kinds.add(input.kind());
                topics.add(input.topic());
            }
        }
        assertThat(kinds).containsExactlyInAnyOrder(MutationKind.values());
        assertThat(topics).containsExactlyInAnyOrder(FuzzTopic.values());
    }

    /** Every input of a fixed sequence, as one line: number, topic, kind, description and its messages. */
    private static List<String> inputs(long seed, Profile profile) {
        InputGenerator generator = generator(seed, profile);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < PER_TOPIC; i++) {
            lines.add(line(generator.pool(NOW_MS + i)));
            lines.add(line(generator.command(JOB, NOW_MS + i)));
            lines.add(line(generator.data(JOB, NOW_MS + i)));
        }
        return lines;
    }

    private static InputGenerator generator(long seed, Profile profile) {
        return new InputGenerator(seed, profile, FuzzTopics.standard(), Set.of(), "localhost:9092");
    }

    private static String line(FuzzInput input) {
        StringBuilder line = new StringBuilder(
                input.number() + " " + input.topic() + " " + input.kind() + " " + input.description());
        for (Send send : input.sends()) {
            line.append(' ')
                    .append(send.destination())
                    .append(':')
                    .append(Base64.getEncoder().encodeToString(send.bytes()));
        }
        return line.toString();
    }
}
