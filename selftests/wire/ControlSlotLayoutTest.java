package selftests.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.IntStream;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.FinishedWriting;
import lib.wire.RunStart;
import lib.wire.RunStop;
import lib.wire.SpectraDetectorMapping;
import lib.wire.Status;
import org.junit.jupiter.api.Test;

/**
 * Reads every slot of the control messages with the raw {@link RawTable} API, slot numbers and enum codes
 * taken from protocol.md §3, and checks that control messages write every field even at its default.
 */
class ControlSlotLayoutTest {

    private static void assertEverySlotPresent(RawTable table, int slots, int... absent) {
        assertThat(IntStream.range(0, slots).filter(slot -> !table.has(slot)).toArray())
                .containsExactly(absent);
    }

    @Test
    void pl72SlotsFollowTheProtocol() {
        RawTable table = RawTable.root(RunStart.builder()
                .start(Instant.ofEpochMilli(1000))
                .stop(Instant.ofEpochMilli(2000))
                .runName("run")
                .instrumentName("instrument")
                .structure("{}")
                .jobId("job")
                .broker("broker")
                .serviceId("service")
                .filename("file")
                .nPeriods(3)
                .detectorSpectrumMap(new SpectraDetectorMapping(new int[] {1, 2}, new int[] {3, 4}, 2))
                .metadata("metadata")
                .controlTopic("topic")
                .build()
                .toBytes());

        assertThat(table.int64(0)).isEqualTo(1000);
        assertThat(table.int64(1)).isEqualTo(2000);
        assertThat(table.string(2)).isEqualTo("run");
        assertThat(table.string(3)).isEqualTo("instrument");
        assertThat(table.string(4)).isEqualTo("{}");
        assertThat(table.string(5)).isEqualTo("job");
        assertThat(table.string(6)).isEqualTo("broker");
        assertThat(table.string(7)).isEqualTo("service");
        assertThat(table.string(8)).isEqualTo("file");
        assertThat(table.int32(9)).isEqualTo(3);
        RawTable mapping = table.table(10);
        assertThat(mapping.element(0, 4, 1)).isEqualTo(2);
        assertThat(mapping.element(1, 4, 0)).isEqualTo(3);
        assertThat(mapping.int32(2)).isEqualTo(2);
        assertThat(table.string(11)).isEqualTo("metadata");
        assertThat(table.string(12)).isEqualTo("topic");
        assertThat(table.slotCount()).isEqualTo(13);
    }

    @Test
    void pl72WritesDefaultsAndEmptyStrings() {
        RawTable table = RawTable.root(RunStart.builder().build().toBytes());

        assertEverySlotPresent(table, 13, 10);
        assertThat(table.int64(1)).isZero();
        assertThat(table.int32(9)).isEqualTo(1);
        assertThat(table.string(5)).isEmpty();
    }

    @Test
    void sixS4tSlotsFollowTheProtocolAndAreAlwaysWritten() {
        RawTable table =
                RawTable.root(new RunStop(Instant.ofEpochMilli(5), "run", "job", "service", "command").toBytes());
        RawTable stopNow = RawTable.root(new RunStop(null, null, "job", null, null).toBytes());

        assertThat(table.int64(0)).isEqualTo(5);
        assertThat(table.string(1)).isEqualTo("run");
        assertThat(table.string(2)).isEqualTo("job");
        assertThat(table.string(3)).isEqualTo("service");
        assertThat(table.string(4)).isEqualTo("command");
        assertEverySlotPresent(stopNow, 5);
        assertThat(stopNow.int64(0)).isZero();
        assertThat(stopNow.string(4)).isEmpty();
    }

    @Test
    void x5f2SlotsFollowTheProtocolAndAreAlwaysWritten() {
        RawTable table = RawTable.root(
                new Status("name", "version", "service", "host", 4711, Duration.ofSeconds(2), "{}").toBytes());
        RawTable empty = RawTable.root(new Status(null, null, null, null, 0, null, null).toBytes());

        assertThat(table.string(0)).isEqualTo("name");
        assertThat(table.string(1)).isEqualTo("version");
        assertThat(table.string(2)).isEqualTo("service");
        assertThat(table.string(3)).isEqualTo("host");
        assertThat(table.int32(4)).isEqualTo(4711);
        assertThat(table.int32(5)).isEqualTo(2000);
        assertThat(table.string(6)).isEqualTo("{}");
        assertEverySlotPresent(empty, 7);
    }

    @Test
    void answSlotsAndEnumCodesFollowTheProtocol() {
        RawTable table = RawTable.root(new ActionResponse(
                        "service",
                        "job",
                        ActionType.SET_STOP_TIME,
                        ActionOutcome.FAILURE,
                        400,
                        Instant.ofEpochMilli(9),
                        "message",
                        "command")
                .toBytes());
        RawTable defaults = RawTable.root(
                new ActionResponse(null, null, ActionType.START_JOB, ActionOutcome.SUCCESS, 0, null, null, null)
                        .toBytes());

        assertThat(table.string(0)).isEqualTo("service");
        assertThat(table.string(1)).isEqualTo("job");
        assertThat(table.int8(2)).isEqualTo((byte) 1);
        assertThat(table.int8(3)).isEqualTo((byte) 1);
        assertThat(table.int32(4)).isEqualTo(400);
        assertThat(table.int64(5)).isEqualTo(9);
        assertThat(table.string(6)).isEqualTo("message");
        assertThat(table.string(7)).isEqualTo("command");
        assertEverySlotPresent(defaults, 8);
        assertThat(defaults.int8(2)).isZero();
        assertThat(defaults.int8(3)).isZero();
    }

    @Test
    void wrdnSlotsFollowTheProtocolAndAreAlwaysWritten() {
        RawTable table =
                RawTable.root(new FinishedWriting("service", "job", true, "file", "metadata", "message").toBytes());
        RawTable defaults = RawTable.root(new FinishedWriting(null, null, false, null, null, null).toBytes());

        assertThat(table.string(0)).isEqualTo("service");
        assertThat(table.string(1)).isEqualTo("job");
        assertThat(table.int8(2)).isEqualTo((byte) 1);
        assertThat(table.string(3)).isEqualTo("file");
        assertThat(table.string(4)).isEqualTo("metadata");
        assertThat(table.string(5)).isEqualTo("message");
        assertEverySlotPresent(defaults, 6);
    }
}
