package selftests.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Instant;
import lib.wire.AlarmSeverity;
import lib.wire.AlarmStatus;
import lib.wire.Identifier;
import lib.wire.LogData;
import lib.wire.Messages;
import lib.wire.Value;
import lib.wire.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class LogDataTest {

    private static final Instant TIME = Instant.parse("2022-03-31T10:00:00.123456789Z");

    /** A value of {@code type} with extreme elements: the minimum, -1 (the unsigned maximum), 0 and the maximum. */
    static Value sample(ValueType type) {
        Object elements =
                switch (type.element()) {
                    case BYTE, UBYTE -> new byte[] {Byte.MIN_VALUE, -1, 0, Byte.MAX_VALUE};
                    case SHORT, USHORT -> new short[] {Short.MIN_VALUE, -1, 0, Short.MAX_VALUE};
                    case INT, UINT -> new int[] {Integer.MIN_VALUE, -1, 0, Integer.MAX_VALUE};
                    case LONG, ULONG -> new long[] {Long.MIN_VALUE, -1, 0, Long.MAX_VALUE};
                    case FLOAT -> new float[] {-Float.MAX_VALUE, -1.5f, 0, Float.MIN_VALUE};
                    default -> new double[] {-Double.MAX_VALUE, -1.5, 0, Double.MIN_VALUE};
                };
        if (type.isArray()) {
            return Value.ofArray(type, elements);
        }
        Object one = java.lang.reflect.Array.newInstance(elements.getClass().getComponentType(), 1);
        System.arraycopy(elements, 1, one, 0, 1);
        return new Value(type, one);
    }

    @ParameterizedTest
    @EnumSource(ValueType.class)
    void f144RoundTripsEveryValueType(ValueType type) {
        LogData message = LogData.f144("motor:position", TIME, sample(type));

        byte[] bytes = message.toBytes();

        assertThat(Identifier.of(bytes)).isEqualTo("f144");
        assertThat(LogData.parse(bytes)).isEqualTo(message);
        assertThat(Messages.parse(bytes)).isEqualTo(message);
    }

    @ParameterizedTest
    @EnumSource(ValueType.class)
    void f142RoundTripsEveryValueType(ValueType type) {
        LogData message =
                LogData.f142("motor:position", TIME, sample(type)).withAlarm(AlarmStatus.HIHI, AlarmSeverity.MAJOR);

        assertThat(LogData.parse(message.toBytes())).isEqualTo(message);
    }

    @Test
    void f142AlarmDefaultsToNoChange() {
        LogData parsed =
                LogData.parse(LogData.f142("pv", 5, Value.ofDouble(1.5)).toBytes());

        assertThat(parsed.alarmStatus()).isEqualTo(AlarmStatus.NO_CHANGE);
        assertThat(parsed.alarmSeverity()).isEqualTo(AlarmSeverity.NO_CHANGE);
        assertThat(parsed.messageTimeNs()).isEqualTo(5);
    }

    @Test
    void unsignedValuesReadBackUnsigned() {
        assertThat(Value.ofUByte(200).numberAt(0)).isEqualTo((short) 200);
        assertThat(Value.ofUShort(65535).longAt(0)).isEqualTo(65535L);
        assertThat(Value.ofUInt(4_000_000_000L).doubleAt(0)).isEqualTo(4.0e9);
        assertThat(Value.ofULong(-1).numberAt(0)).isEqualTo(new BigInteger("18446744073709551615"));
        assertThat(Value.ofLong(42).numberAt(0)).isEqualTo(42L);
    }

    @Test
    void timeAndSourceAreTheMessagesRoutingKey() {
        LogData message = LogData.f144("source", TIME, Value.ofLong(42));

        assertThat(message.sourceName()).isEqualTo("source");
        assertThat(message.messageTimeNs()).isEqualTo(1648720800123456789L);
    }

    @Test
    void f142WithoutValueRoundTrips() {
        LogData empty = new LogData(LogData.F142, "pv", TIME, null, null, null);

        assertThat(LogData.parse(empty.toBytes())).isEqualTo(empty);
    }

    @Test
    void f144RefusesAlarms() {
        assertThatThrownBy(() -> LogData.f144("pv", TIME, Value.ofInt(1)).withAlarm(AlarmStatus.HIGH, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("al00");
    }
}
