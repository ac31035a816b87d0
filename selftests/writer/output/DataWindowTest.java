package selftests.writer.output;

import static lib.nexus.NexusAssertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import lib.nexus.NexusFile;
import lib.wire.AlarmSeverity;
import lib.wire.AlarmStatus;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Value;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data-window rules of protocol.md §6.2/§6.3 and the worked examples of §6.4, for both profiles. */
class DataWindowTest {
    private static final long MS = 1_000_000L;
    private static final long S = 1560337295000L; // 2019-06-12T11:01:35Z
    private static final String TOPIC = "TEST_data";
    private static final String SOURCE = "fw-test-helpers";

    @TempDir
    Path folder;

    private static String logStructure(String module) {
        return """
            {"children": [{"type": "group", "name": "entry", "children": [
              {"type": "group", "name": "log", "children": [
                {"module": "%s", "config": {"type": "int32", "topic": "%s", "source": "%s"}}]}]}]}
            """
                .formatted(module, TOPIC, SOURCE);
    }

    private static LogData log(String module, long timeMs, int value) {
        return module.equals("f142")
                ? LogData.f142(SOURCE, timeMs * MS, Value.ofInt(value))
                : LogData.f144(SOURCE, timeMs * MS, Value.ofInt(value));
    }

    /** §6.4 row 1 (test D7): 1 Hz from start − 2 s to start + 197 s, window [start, start + 146 s]. */
    private Path oneHertz(String profile, String module) {
        List<Recorded> records = new ArrayList<>();
        for (int second = 0; second < 200; second++) {
            LogData message = log(module, S + second * 1000L, 42);
            if (module.equals("f142") && second == 50) {
                message = message.withAlarm(AlarmStatus.HIGH, AlarmSeverity.MAJOR);
            } else if (module.equals("f142") && second == 60) {
                message = message.withAlarm(AlarmStatus.NO_ALARM, AlarmSeverity.NO_ALARM);
            }
            records.add(Recorded.at(TOPIC, S + second * 1000L, message));
        }
        return Replay.withProfile(folder, profile)
                .structure(logStructure(module))
                .window(S + 2000, S + 148_000)
                .addAll(records)
                .writeFile("one_hertz_" + profile + ".nxs");
    }

    @Test
    void keeps_the_last_before_and_the_first_after_the_window_in_2022() {
        try (NexusFile file = NexusFile.open(oneHertz("2022", "f142"))) {
            assertThat(file).dataset("entry/log/time").hasRows(149);
            assertThat(file).dataset("entry/log/time").first().isEqualTo((S + 1000) * MS);
            assertThat(file).dataset("entry/log/time").last().isEqualTo((S + 149_000) * MS);
            assertThat(file)
                    .dataset("entry/log/alarm_status")
                    .hasDtype("string(20)")
                    .hasValues("HIGH", "NO_ALARM");
            assertThat(file).dataset("entry/log/alarm_severity").hasValues("MAJOR", "NO_ALARM");
            assertThat(file).dataset("entry/log/alarm_time").hasValues((S + 50_000) * MS, (S + 60_000) * MS);
        }
    }

    @Test
    void keeps_only_the_last_before_the_window_at_head() {
        try (NexusFile file = NexusFile.open(oneHertz("current", "f144"))) {
            assertThat(file).dataset("entry/log/time").hasRows(148);
            assertThat(file).dataset("entry/log/time").last().isEqualTo((S + 148_000) * MS);
        }
    }

    /** §6.4 row 2 (test D8): repeated times are dropped; the window is [S, S + 200 s]. */
    private Path repeated(String profile, String module) {
        long stop = S + 200_000;
        long[][] messages = {
            {-5000, 1},
            {-4000, 2},
            {-3000, 3},
            {-2000, 10},
            {-2000, 11},
            {-2000, 12},
            {-1000, 19},
            {1000, 20},
            {1000, 21},
            {1000, 22}
        };
        Replay replay = Replay.withProfile(folder, profile)
                .structure(logStructure(module))
                .window(S, stop);
        for (long[] message : messages) {
            replay.add(Recorded.at(TOPIC, S + message[0], log(module, S + message[0], (int) message[1])));
        }
        for (long[] message : new long[][] {{1000, 30}, {1000, 31}, {1000, 32}, {2000, 40}}) {
            replay.add(Recorded.at(TOPIC, stop + message[0], log(module, stop + message[0], (int) message[1])));
        }
        return replay.writeFile("repeated_" + profile + ".nxs");
    }

    @Test
    void drops_repeated_times_and_writes_the_first_after_the_stop_in_2022() {
        try (NexusFile file = NexusFile.open(repeated("2022", "f142"))) {
            assertThat(file).dataset("entry/log/value").hasShape(3, 1).hasValues(19, 20, 30);
            assertThat(file).dataset("entry/log/time").hasRows(3);
        }
    }

    @Test
    void drops_repeated_times_and_everything_after_the_stop_at_head() {
        try (NexusFile file = NexusFile.open(repeated("current", "f144"))) {
            assertThat(file).dataset("entry/log/value").hasShape(2).hasValues(19, 20);
        }
    }

    /** §6.4 row 3 (test X1) and X2/X3 of the upstream domain tests, window [10 s, 15 s]. */
    @Test
    void writes_the_last_f144_before_the_window_even_without_data_inside() {
        Path path = Replay.current(folder)
                .structure(logStructure("f144"))
                .window(10_000, 15_000L)
                .add(Recorded.at(TOPIC, 5000, log("f144", 5000, 2)))
                .add(Recorded.at(TOPIC, 9000, log("f144", 9000, 3)))
                .writeFile("buffered.nxs");
        try (NexusFile file = NexusFile.open(path)) {
            assertThat(file).dataset("entry/log/value").hasValues(3);
            assertThat(file).dataset("entry/log/time").hasValues(9000 * MS);
        }
    }

    @Test
    void writes_from_the_last_before_start_to_the_stop_and_skips_repeats_at_head() {
        long[][] messages = {
            {5000, 2},
            {9000, 3},
            {9999, 5},
            {10000, 9},
            {10100, 10},
            {10150, 12},
            {10150, 12},
            {10150, 12},
            {10200, 15},
            {15000, 16},
            {16000, 17},
            {17000, 20}
        };
        Replay replay = Replay.current(folder).structure(logStructure("f144")).window(10_000, 15_000L);
        for (long[] message : messages) {
            replay.add(Recorded.at(TOPIC, message[0], log("f144", message[0], (int) message[1])));
        }
        try (NexusFile file = NexusFile.open(replay.writeFile("before_after.nxs"))) {
            assertThat(file).dataset("entry/log/value").hasValues(5, 9, 10, 12, 15, 16);
            assertThat(file).dataset("entry/log/time").first().isEqualTo(9999 * MS);
            assertThat(file).dataset("entry/log/time").last().isEqualTo(15000 * MS);
        }
    }

    @Test
    void drops_a_message_older_than_the_buffered_one_at_head_but_not_in_2022() {
        for (String profile : new String[] {"current", "2022"}) {
            Path path = Replay.withProfile(folder, profile)
                    .structure(logStructure("f144"))
                    .window(10_000, 15_000L)
                    .add(Recorded.at(TOPIC, 8000, log("f144", 8000, 2)))
                    .add(Recorded.at(TOPIC, 8001, log("f144", 7000, 1)))
                    .add(Recorded.at(TOPIC, 11000, log("f144", 11000, 5)))
                    .writeFile("older_" + profile + ".nxs");
            try (NexusFile file = NexusFile.open(path)) {
                assertThat(file).dataset("entry/log/value").as(profile).hasValues(profile.equals("current") ? 2 : 1, 5);
            }
        }
    }

    @Test
    void compares_times_with_the_window_in_whole_microseconds() {
        Path path = Replay.current(folder)
                .structure(logStructure("f144"))
                .window(10_000, 15_000L)
                .add(Recorded.at(TOPIC, 9999, LogData.f144(SOURCE, 10_000 * MS - 1, Value.ofInt(1))))
                .add(Recorded.at(TOPIC, 15000, LogData.f144(SOURCE, 15_000 * MS + 999, Value.ofInt(2))))
                .add(Recorded.at(TOPIC, 15000, LogData.f144(SOURCE, 15_000 * MS + 1000, Value.ofInt(3))))
                .writeFile("micros.nxs");
        try (NexusFile file = NexusFile.open(path)) {
            assertThat(file).dataset("entry/log/value").hasValues(1, 2);
        }
    }

    /** §6.4 row 4 (test X2): ev44 keeps repeats but, at HEAD, nothing from before the start. */
    private Path events(String profile) {
        String structure =
                """
            {"children": [{"type": "group", "name": "entry", "children": [
              {"type": "group", "name": "events", "children": [
                {"module": "ev44", "config": {"topic": "%s", "source": "%s"}}]}]}]}
            """
                        .formatted(TOPIC, SOURCE);
        Replay replay = Replay.withProfile(folder, profile).structure(structure).window(10_000, 15_000L);
        for (long second : new long[] {8, 9, 10, 12, 12, 15, 16}) {
            replay.add(Recorded.at(
                    TOPIC,
                    second * 1000,
                    EventData.ev44(SOURCE, 0, second * 1000 * MS, new int[] {1, 2, 3, 4}, new int[] {5, 6, 7, 8})));
        }
        return replay.writeFile("events_" + profile + ".nxs");
    }

    @Test
    void ev44_keeps_the_window_and_repeated_times_at_head() {
        try (NexusFile file = NexusFile.open(events("current"))) {
            assertThat(file)
                    .dataset("entry/events/event_time_zero")
                    .hasValues(10_000 * MS, 12_000 * MS, 12_000 * MS, 15_000 * MS);
            assertThat(file).dataset("entry/events/event_index").hasValues(0, 4, 8, 12);
        }
    }

    @Test
    void ev44_keeps_the_last_before_and_the_first_after_in_2022() {
        try (NexusFile file = NexusFile.open(events("2022"))) {
            assertThat(file)
                    .dataset("entry/events/event_time_zero")
                    .hasValues(9_000 * MS, 10_000 * MS, 12_000 * MS, 12_000 * MS, 15_000 * MS, 16_000 * MS);
        }
    }
}
