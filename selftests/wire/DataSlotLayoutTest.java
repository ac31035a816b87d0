package selftests.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import lib.wire.AdcPulseDebug;
import lib.wire.Alarm;
import lib.wire.AlarmSeverity;
import lib.wire.AlarmStatus;
import lib.wire.AreaDetectorArray;
import lib.wire.ChopperTimestamps;
import lib.wire.ConnectionStatus;
import lib.wire.DataArray;
import lib.wire.EpicsConnection;
import lib.wire.EventData;
import lib.wire.Histogram;
import lib.wire.IsisData;
import lib.wire.JsonData;
import lib.wire.LogData;
import lib.wire.RunState;
import lib.wire.SampleEnvironment;
import lib.wire.Value;
import lib.wire.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reads every slot of every data schema with the raw {@link RawTable} API; slot numbers, union codes and
 * enum codes are taken from protocol.md §3, not from lib.wire.
 */
class DataSlotLayoutTest {

    /** protocol.md: the members of f142/f144's {@code union Value}, in order (codes 1..20), with their sizes. */
    private static final List<String> VALUE_MEMBERS = List.of(
            "Byte",
            "UByte",
            "Short",
            "UShort",
            "Int",
            "UInt",
            "Long",
            "ULong",
            "Float",
            "Double",
            "ArrayByte",
            "ArrayUByte",
            "ArrayShort",
            "ArrayUShort",
            "ArrayInt",
            "ArrayUInt",
            "ArrayLong",
            "ArrayULong",
            "ArrayFloat",
            "ArrayDouble");

    private static final int[] VALUE_SIZES = {1, 1, 2, 2, 4, 4, 8, 8, 4, 8};

    private static final Instant TIME = Instant.ofEpochSecond(0, 123_456_789);
    private static final long TIME_NS = 123_456_789;

    /** Checks a value-table member: its one field (slot 0) holds the sample's elements (-1 or -1.5 at index 1). */
    private static void assertValueMember(RawTable member, String name) {
        int index = VALUE_MEMBERS.indexOf(name) % 10;
        boolean floating = name.endsWith("Float") || name.endsWith("Double");
        int size = VALUE_SIZES[index];
        if (!name.startsWith("Array")) {
            double scalar = floating
                    ? (size == 4 ? member.float32(0) : member.float64(0))
                    : switch (size) {
                        case 1 -> member.int8(0);
                        case 2 -> member.int16(0);
                        case 4 -> member.int32(0);
                        default -> member.int64(0);
                    };
            assertThat(scalar).isEqualTo(floating ? -1.5 : -1);
            return;
        }
        assertThat(member.length(0)).isEqualTo(4);
        double second = floating
                ? (size == 4 ? member.floatElement(0, 1) : member.doubleElement(0, 1))
                : member.element(0, size, 1);
        assertThat(second).isEqualTo(floating ? -1.5 : -1);
    }

    private static String protocolName(ValueType type) {
        return VALUE_MEMBERS.get(type.ordinal());
    }

    @ParameterizedTest
    @EnumSource(ValueType.class)
    void f144SlotsAndValueCodesFollowTheProtocol(ValueType type) {
        RawTable table =
                RawTable.root(LogData.f144("pv", TIME, LogDataTest.sample(type)).toBytes());

        assertThat(table.string(0)).isEqualTo("pv");
        assertThat(table.int64(1)).isEqualTo(TIME_NS);
        assertThat(table.int8(2)).isEqualTo((byte) (VALUE_MEMBERS.indexOf(protocolName(type)) + 1));
        assertValueMember(table.table(3), protocolName(type));
    }

    @ParameterizedTest
    @EnumSource(ValueType.class)
    void f142SlotsAndValueCodesFollowTheProtocol(ValueType type) {
        RawTable table = RawTable.root(LogData.f142("pv", TIME, LogDataTest.sample(type))
                .withAlarm(AlarmStatus.HIHI, AlarmSeverity.MAJOR)
                .toBytes());

        assertThat(table.string(0)).isEqualTo("pv");
        assertThat(table.int8(1)).isEqualTo((byte) (VALUE_MEMBERS.indexOf(protocolName(type)) + 1));
        assertValueMember(table.table(2), protocolName(type));
        assertThat(table.int64(3)).isEqualTo(TIME_NS);
        assertThat(table.int16(4)).isEqualTo((short) 3);
        assertThat(table.int16(5)).isEqualTo((short) 1);
    }

    @Test
    void f142AlarmCodesFollowTheProtocol() {
        assertThat(AlarmStatus.valueOf("NO_CHANGE").ordinal()).isEqualTo(22);
        assertThat(AlarmStatus.valueOf("WRITE_ACCESS").ordinal()).isEqualTo(21);
        assertThat(AlarmSeverity.valueOf("MINOR").ordinal()).isZero();
        assertThat(AlarmSeverity.valueOf("NO_CHANGE").ordinal()).isEqualTo(4);
    }

    @Test
    void ev42SlotsFollowTheProtocol() {
        RawTable table = RawTable.root(EventData.ev42("detector", 7, TIME_NS, new int[] {10, 20}, new int[] {1, 2})
                .withFacilityData(new IsisData(5, RunState.RUNNING, 2.5f))
                .toBytes());
        RawTable debug = RawTable.root(EventData.ev42("detector", 7, TIME_NS, null, null)
                .withFacilityData(
                        new AdcPulseDebug(new int[] {1}, new int[] {2}, new int[] {3}, new long[] {4}, new long[] {5}))
                .toBytes());

        assertThat(table.string(0)).isEqualTo("detector");
        assertThat(table.int64(1)).isEqualTo(7);
        assertThat(table.int64(2)).isEqualTo(TIME_NS);
        assertThat(table.element(3, 4, 1)).isEqualTo(20);
        assertThat(table.element(4, 4, 1)).isEqualTo(2);
        assertThat(table.int8(5)).isEqualTo((byte) 1);
        RawTable isis = table.table(6);
        assertThat(isis.int32(0)).isEqualTo(5);
        assertThat(isis.int8(1)).isEqualTo((byte) 1);
        assertThat(isis.float32(2)).isEqualTo(2.5f);
        assertThat(debug.int8(5)).isEqualTo((byte) 2);
        RawTable pulse = debug.table(6);
        for (int slot = 0; slot < 5; slot++) {
            assertThat(pulse.element(slot, slot < 3 ? 4 : 8, 0)).isEqualTo(slot + 1);
        }
    }

    @Test
    void ev44SlotsFollowTheProtocol() {
        RawTable table = RawTable.root(EventData.ev44(
                        "detector", 7, new long[] {100, 200}, new int[] {0, 1}, new int[] {10, 20}, new int[] {1, 2})
                .toBytes());

        assertThat(table.string(0)).isEqualTo("detector");
        assertThat(table.int64(1)).isEqualTo(7);
        assertThat(table.element(2, 8, 1)).isEqualTo(200);
        assertThat(table.element(3, 4, 1)).isEqualTo(1);
        assertThat(table.element(4, 4, 1)).isEqualTo(20);
        assertThat(table.element(5, 4, 1)).isEqualTo(2);
    }

    @Test
    void ep00AndEp01SlotsFollowTheProtocol() {
        for (EpicsConnection message : List.of(
                EpicsConnection.ep00("pv", TIME, ConnectionStatus.DESTROYED),
                EpicsConnection.ep01("pv", TIME, ConnectionStatus.DESTROYED))) {
            RawTable table = RawTable.root(message.withServiceId("service").toBytes());

            assertThat(table.int64(0)).isEqualTo(TIME_NS);
            assertThat(table.int16(1)).isEqualTo((short) 4);
            assertThat(table.string(2)).isEqualTo("pv");
            assertThat(table.string(3)).isEqualTo("service");
        }
        RawTable ep01 = RawTable.root(
                EpicsConnection.ep01("pv", TIME, ConnectionStatus.REMOTE_ERROR).toBytes());
        assertThat(ep01.int16(1)).isEqualTo((short) 7);
    }

    @Test
    void al00SlotsFollowTheProtocol() {
        RawTable table = RawTable.root(new Alarm("pv", TIME, Alarm.Severity.INVALID, "broken").toBytes());

        assertThat(table.string(0)).isEqualTo("pv");
        assertThat(table.int64(1)).isEqualTo(TIME_NS);
        assertThat(table.int16(2)).isEqualTo((short) 3);
        assertThat(table.string(3)).isEqualTo("broken");
    }

    @Test
    void hs00SlotsAndArrayCodesFollowTheProtocol() {
        Value doubles = Value.ofDoubles(0.5, 1.5);
        Value floats = Value.ofArray(ValueType.ARRAY_FLOAT, new float[] {2.5f});
        Value ulongs = Value.ofArray(ValueType.ARRAY_ULONG, new long[] {9});
        Value uints = Value.ofArray(ValueType.ARRAY_UINT, new int[] {8});
        var axis = new Histogram.Dimension(2, "mm", "x", doubles);
        RawTable table = RawTable.root(new Histogram(
                        "histogram",
                        TIME,
                        List.of(axis),
                        Instant.ofEpochSecond(0, 5),
                        new int[] {2},
                        new int[] {1},
                        ulongs,
                        floats,
                        "info")
                .toBytes());
        RawTable uintData = RawTable.root(
                Histogram.hs00("histogram", TIME, List.of(), uints).toBytes());

        assertThat(table.string(0)).isEqualTo("histogram");
        assertThat(table.int64(1)).isEqualTo(TIME_NS);
        RawTable dimension = table.tableElement(2, 0);
        assertThat(dimension.int32(0)).isEqualTo(2);
        assertThat(dimension.string(1)).isEqualTo("mm");
        assertThat(dimension.string(2)).isEqualTo("x");
        assertThat(dimension.int8(3)).isEqualTo((byte) 3);
        assertThat(dimension.table(4).doubleElement(0, 1)).isEqualTo(1.5);
        assertThat(table.int64(3)).isEqualTo(5);
        assertThat(table.element(4, 4, 0)).isEqualTo(2);
        assertThat(table.element(5, 4, 0)).isEqualTo(1);
        assertThat(table.int8(6)).isEqualTo((byte) 2);
        assertThat(table.table(7).element(0, 8, 0)).isEqualTo(9);
        assertThat(table.int8(8)).isEqualTo((byte) 4);
        assertThat(table.table(9).floatElement(0, 0)).isEqualTo(2.5f);
        assertThat(table.string(10)).isEqualTo("info");
        assertThat(uintData.int8(6)).isEqualTo((byte) 1);
        assertThat(uintData.table(7).element(0, 4, 0)).isEqualTo(8);
    }

    @Test
    void senvAndSe00SlotsAndArrayCodesFollowTheProtocol() {
        List<String> members = List.of(
                "ArrayByte",
                "ArrayUByte",
                "ArrayShort",
                "ArrayUShort",
                "ArrayInt",
                "ArrayUInt",
                "ArrayLong",
                "ArrayULong",
                "ArrayDouble",
                "ArrayFloat");
        for (int code = 1; code <= 10; code++) {
            String member = members.get(code - 1);
            Value values = LogDataTest.sample(ValueType.values()[VALUE_MEMBERS.indexOf(member)]);
            for (String identifier : code <= 8
                    ? List.of(SampleEnvironment.SENV, SampleEnvironment.SE00)
                    : List.of(SampleEnvironment.SE00)) {
                RawTable table = RawTable.root(new SampleEnvironment(
                                identifier,
                                "channel",
                                3,
                                TIME,
                                0.5,
                                SampleEnvironment.Location.END,
                                values,
                                new long[] {11, 12},
                                13)
                        .toBytes());

                assertThat(table.string(0)).isEqualTo("channel");
                assertThat(table.int32(1)).isEqualTo(3);
                assertThat(table.int64(2)).isEqualTo(TIME_NS);
                assertThat(table.float64(3)).isEqualTo(0.5);
                assertThat(table.int8(4)).isEqualTo((byte) 3);
                assertThat(table.int8(5)).as(identifier + " " + member).isEqualTo((byte) code);
                assertValueMember(table.table(6), member);
                assertThat(table.element(7, 8, 1)).isEqualTo(12);
                assertThat(table.int64(8)).isEqualTo(13);
            }
        }
    }

    @Test
    void tdctSlotsFollowTheProtocol() {
        RawTable table = RawTable.root(new ChopperTimestamps("chopper", new long[] {1, 2}, 3).toBytes());

        assertThat(table.string(0)).isEqualTo("chopper");
        assertThat(table.element(1, 8, 1)).isEqualTo(2);
        assertThat(table.int64(2)).isEqualTo(3);
    }

    @Test
    void adarAndAd00SlotsAndTypeCodesFollowTheProtocol() {
        AreaDetectorArray image = AreaDetectorArray.ad00(
                        "camera", 7, TIME, new long[] {1, 2}, Value.ofDoubles(0.5, 1.5))
                .withAttributes(List.of(AreaDetectorArray.Attribute.ofText("mode", "description", "ioc", "fast")));
        for (AreaDetectorArray message : List.of(image, image.asAdar())) {
            RawTable table = RawTable.root(message.toBytes());

            assertThat(table.string(0)).isEqualTo("camera");
            assertThat(table.int32(1)).isEqualTo(7);
            assertThat(table.int64(2)).isEqualTo(TIME_NS);
            assertThat(table.element(3, 8, 1)).isEqualTo(2);
            assertThat(table.int8(4)).as("float64").isEqualTo((byte) 9);
            assertThat(table.length(5)).isEqualTo(16);
            RawTable attribute = table.tableElement(6, 0);
            assertThat(attribute.string(0)).isEqualTo("mode");
            assertThat(attribute.string(1)).isEqualTo("description");
            assertThat(attribute.string(2)).isEqualTo("ioc");
            assertThat(attribute.int8(3)).as("c_string").isEqualTo((byte) 10);
            assertThat(attribute.length(4)).isEqualTo(4);
        }
    }

    @Test
    void jsonSlotFollowsTheProtocol() {
        assertThat(RawTable.root(new JsonData("{}").toBytes()).string(0)).isEqualTo("{}");
    }

    @Test
    void da00SlotsAndTypeCodesFollowTheProtocol() {
        DataArray array = new DataArray(
                "detector",
                TIME,
                List.of(
                        DataArray.Variable.of(
                                "signal", "counts", List.of("x", "y"), new long[] {1, 2}, Value.ofInts(1, 2)),
                        new DataArray.Variable(
                                "label",
                                "unit",
                                "the label",
                                "the source",
                                null,
                                List.of(),
                                new long[] {0},
                                new byte[0])));
        RawTable table = RawTable.root(array.toBytes());

        assertThat(table.string(0)).isEqualTo("detector");
        assertThat(table.int64(1)).isEqualTo(TIME_NS);
        RawTable signal = table.tableElement(2, 0);
        assertThat(signal.string(0)).isEqualTo("signal");
        assertThat(signal.string(1)).isEqualTo("counts");
        assertThat(signal.int8(4)).as("int32").isEqualTo((byte) 5);
        assertThat(signal.stringElement(5, 1)).isEqualTo("y");
        assertThat(signal.element(6, 8, 1)).isEqualTo(2);
        assertThat(signal.length(7)).isEqualTo(8);
        RawTable label = table.tableElement(2, 1);
        assertThat(label.string(2)).isEqualTo("the label");
        assertThat(label.string(3)).isEqualTo("the source");
        assertThat(label.has(4)).as("none is the default, left out").isFalse();
    }
}
