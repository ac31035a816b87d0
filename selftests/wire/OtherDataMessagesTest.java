package selftests.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import lib.wire.AreaDetectorArray;
import lib.wire.ChopperTimestamps;
import lib.wire.DataArray;
import lib.wire.ElementType;
import lib.wire.Histogram;
import lib.wire.JsonData;
import lib.wire.Message;
import lib.wire.Messages;
import lib.wire.SampleEnvironment;
import lib.wire.Value;
import lib.wire.ValueType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Round trips of hs00, senv, se00, tdct, ADAr, ad00, json and da00. */
class OtherDataMessagesTest {

    private static final Instant TIME = Instant.parse("2020-01-01T00:00:00.000000123Z");

    private static void assertRoundTrips(Message message) {
        assertThat(Messages.parse(message.toBytes())).usingRecursiveComparison().isEqualTo(message);
    }

    @ParameterizedTest
    @EnumSource(
            value = ValueType.class,
            names = {"ARRAY_UINT", "ARRAY_ULONG", "ARRAY_DOUBLE", "ARRAY_FLOAT"})
    void hs00RoundTripsEveryArrayType(ValueType type) {
        Value values = LogDataTest.sample(type);
        var axis = new Histogram.Dimension(4, "mm", "x", values);
        Histogram histogram = Histogram.hs00("histogram", TIME, List.of(axis), values);
        Histogram withErrors = new Histogram(
                "histogram",
                TIME,
                List.of(axis, axis),
                TIME,
                new int[] {4, 4},
                new int[] {0, 0},
                values,
                values,
                "info");

        assertRoundTrips(histogram);
        assertRoundTrips(withErrors);
        assertThat(histogram.messageTimeNs()).isEqualTo(1577836800000000123L);
    }

    @ParameterizedTest
    @EnumSource(value = ValueType.class, names = "ARRAY_.*", mode = EnumSource.Mode.MATCH_ANY)
    void se00RoundTripsEveryArrayType(ValueType type) {
        SampleEnvironment samples = new SampleEnvironment(
                SampleEnvironment.SE00,
                "channel",
                3,
                TIME,
                0.5,
                SampleEnvironment.Location.MIDDLE,
                LogDataTest.sample(type),
                new long[] {1, 2, 3, 4},
                9);

        assertRoundTrips(samples);
        assertThat(samples.sourceName()).isEqualTo("channel");
    }

    @ParameterizedTest
    @EnumSource(
            value = ValueType.class,
            names = {
                "ARRAY_BYTE",
                "ARRAY_UBYTE",
                "ARRAY_SHORT",
                "ARRAY_USHORT",
                "ARRAY_INT",
                "ARRAY_UINT",
                "ARRAY_LONG",
                "ARRAY_ULONG"
            })
    void senvRoundTripsEveryIntegerArrayType(ValueType type) {
        assertRoundTrips(SampleEnvironment.senv("channel", 1, TIME, 100, LogDataTest.sample(type)));
    }

    @Test
    void tdctRoundTrips() {
        ChopperTimestamps chopper = new ChopperTimestamps("chopper", new long[] {5, 6, -1}, 42);

        assertRoundTrips(chopper);
        assertThat(chopper.messageTimeNs()).isEqualTo(5);
    }

    @ParameterizedTest
    @EnumSource(value = ValueType.class, names = "ARRAY_.*", mode = EnumSource.Mode.MATCH_ANY)
    void ad00AndAdarRoundTripEveryElementType(ValueType type) {
        Value pixels = LogDataTest.sample(type);
        AreaDetectorArray image = AreaDetectorArray.ad00("camera", 7, TIME, new long[] {2, 2}, pixels)
                .withAttributes(List.of(
                        AreaDetectorArray.Attribute.of("gain", "amplifier gain", "ioc", pixels),
                        AreaDetectorArray.Attribute.ofText("mode", "", "ioc", "fast")));

        assertRoundTrips(image);
        assertRoundTrips(image.asAdar());
        assertThat(((AreaDetectorArray) Messages.parse(image.toBytes())).values())
                .isEqualTo(pixels);
    }

    @Test
    void jsonRoundTrips() {
        assertRoundTrips(new JsonData("{\"a\": [1, 2]}"));
    }

    @ParameterizedTest
    @EnumSource(value = ValueType.class, names = "ARRAY_.*", mode = EnumSource.Mode.MATCH_ANY)
    void da00RoundTripsEveryElementType(ValueType type) {
        Value values = LogDataTest.sample(type);
        DataArray array = new DataArray(
                "detector",
                TIME,
                List.of(
                        DataArray.Variable.of("signal", "counts", List.of("x", "y"), new long[] {2, 2}, values),
                        new DataArray.Variable("untyped", "", "", "", null, null, new long[] {0}, null),
                        new DataArray.Variable(
                                "text",
                                "",
                                "label",
                                "source",
                                ElementType.C_STRING,
                                List.of(),
                                new long[] {2},
                                new byte[] {'h', 'i'})));

        assertRoundTrips(array);
        assertThat(((DataArray) Messages.parse(array.toBytes()))
                        .variables()
                        .get(0)
                        .values())
                .isEqualTo(values);
    }
}
