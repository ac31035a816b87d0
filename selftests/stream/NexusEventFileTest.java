package selftests.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import java.nio.file.Path;
import java.util.List;
import lib.stream.EventGroup;
import lib.stream.NexusEventFile;
import lib.stream.NexusEvents;
import lib.wire.EventData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NeXus-file reader on real HDF5 files (written with jhdf): NXevent_data groups found at any depth, times in
 * other units converted, pulses replayed with their spacing from a new start.
 */
class NexusEventFileTest {
    private static final long START = 1_700_000_000_000_000_000L;

    @TempDir
    static Path folder;

    static Path file;

    @BeforeAll
    static void writeFile() {
        file = folder.resolve("events.nxs");
        try (WritableHdfFile out = HdfFile.write(file)) {
            WritableGroup entry = out.putGroup("entry");
            entry.putAttribute("NX_class", "NXentry");
            WritableGroup detector = entry.putGroup("instrument").putGroup("bank1");
            detector.putAttribute("NX_class", "NXdetector");
            WritableGroup events = detector.putGroup("bank1_events");
            events.putAttribute("NX_class", "NXevent_data");
            events.putDataset("event_time_zero", new long[] {1_000_000_000L, 1_100_000_000L, 1_200_000_000L});
            events.putDataset("event_index", new int[] {0, 2, 2});
            events.putDataset("event_id", new int[] {5, 6, 7, 8, 9});
            events.putDataset("event_time_offset", new int[] {10, 20, 30, 40, 50});
            WritableGroup monitor = entry.putGroup("monitor_events");
            monitor.putAttribute("NX_class", "NXevent_data");
            monitor.putAttribute("source", "monitor_1");
            monitor.putDataset("event_time_zero", new double[] {0.5, 0.75}).putAttribute("units", "s");
            monitor.putDataset("event_index", new long[] {0, 1});
            monitor.putDataset("event_id", new int[] {1, 1, 1});
            monitor.putDataset("event_time_offset", new float[] {1.5f, 2.5f, 3.5f})
                    .putAttribute("units", "us");
            WritableGroup log = entry.putGroup("temperature");
            log.putAttribute("NX_class", "NXlog");
            log.putDataset("value", new double[] {290.5});
        }
    }

    @Test
    void finds_every_event_group_and_converts_units_to_ns() {
        List<EventGroup> groups = NexusEventFile.read(file);

        assertThat(groups).extracting(EventGroup::sourceName).containsExactly("bank1_events", "monitor_1");
        EventGroup monitor = groups.get(1);
        assertThat(monitor.pulseTimesNs()).containsExactly(500_000_000L, 750_000_000L);
        assertThat(monitor.timesOfFlightNs()).containsExactly(1500, 2500, 3500);
        assertThat(monitor.firstEvents()).containsExactly(0L, 1L);
    }

    @Test
    void replays_one_pulse_a_message_keeping_the_spacing_from_the_new_start() {
        EventGroup bank = NexusEventFile.read(file).get(0);
        List<EventData> messages = EventMessages.of(new NexusEvents(bank, "ev42", "topic", 1, START, 0));

        assertThat(messages).hasSize(3);
        assertThat(messages)
                .extracting(EventData::messageTimeNs)
                .containsExactly(START, START + 100_000_000L, START + 200_000_000L);
        assertThat(messages.get(0).pixelId()).containsExactly(5, 6);
        assertThat(messages.get(1).pixelId()).isEmpty();
        assertThat(messages.get(2).timeOfFlight()).containsExactly(30, 40, 50);
        assertThat(messages.get(0).identifier()).isEqualTo("ev42");
    }

    @Test
    void several_pulses_go_into_one_ev44_and_a_limit_cuts_the_rest() {
        EventGroup bank = NexusEventFile.read(file).get(0);
        List<EventData> whole = EventMessages.of(new NexusEvents(bank, "ev44", "topic", 2, START, 0));
        NexusEvents cut = new NexusEvents(bank, "ev44", "topic", 2, START, 150_000_000L);

        assertThat(whole).hasSize(2);
        assertThat(whole.get(0).referenceTime()).containsExactly(START, START + 100_000_000L);
        assertThat(whole.get(0).referenceTimeIndex()).containsExactly(0, 2);
        assertThat(whole.get(0).pixelId()).containsExactly(5, 6);
        assertThat(whole.get(1).referenceTimeIndex()).containsExactly(0);
        assertThat(whole.get(1).pixelId()).containsExactly(7, 8, 9);
        assertThat(cut.count()).isEqualTo(1);
        assertThat(cut.lastTimeNs()).isEqualTo(START);
    }

    @Test
    void a_file_without_event_groups_or_a_group_without_a_dataset_says_what_is_missing() {
        Path empty = folder.resolve("empty.nxs");
        Path broken = folder.resolve("broken.nxs");
        try (WritableHdfFile out = HdfFile.write(empty)) {
            out.putGroup("entry").putAttribute("NX_class", "NXentry");
        }
        try (WritableHdfFile out = HdfFile.write(broken)) {
            WritableGroup events = out.putGroup("events");
            events.putAttribute("NX_class", "NXevent_data");
            events.putDataset("event_time_zero", new long[] {1});
        }

        assertThatThrownBy(() -> NexusEventFile.read(empty)).hasMessageContaining("holds no NXevent_data group");
        assertThatThrownBy(() -> NexusEventFile.read(broken))
                .hasMessageContaining("/events/ has no dataset event_index");
        assertThatThrownBy(() -> NexusEventFile.read(folder.resolve("absent.nxs")))
                .hasMessageContaining("no such file");
    }
}
