package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;
import static tests.DomainTestWindow.CHOPPERS;
import static tests.DomainTestWindow.DELAY;
import static tests.DomainTestWindow.DETECTOR;
import static tests.DomainTestWindow.at;
import static tests.DomainTestWindow.ev44;
import static tests.DomainTestWindow.f144;
import static tests.DomainTestWindow.nanos;

import java.util.List;
import java.util.stream.IntStream;
import lib.fixtures.Modules;
import lib.fixtures.Publisher;
import lib.wire.Alarm;
import lib.wire.AreaDetectorArray;
import lib.wire.ConnectionStatus;
import lib.wire.DataArray;
import lib.wire.EpicsConnection;
import lib.wire.Value;
import lib.wire.ValueType;
import org.junit.jupiter.api.Test;

/**
 * X5 (upstream {@code test_writer_modules.py}): one message stream per current module (f144 with its ep01 and al00
 * companions, ev44, ad00, da00; a tdct without data) into one file.
 */
@DomainTest
@Modules({"f144", "ep01", "al00", "ev44", "ad00", "da00", "tdct"})
class test_writer_modules extends DomainFileTest {
    private static final String SPEED_SOURCE = "local:choppers:rotation_speed";
    private static final String SPEED = "entry/instrument/chopper/rotation_speed/";
    private static final String DELAY_GROUP = "entry/instrument/chopper/delay/";
    private static final String EVENTS = "entry/instrument/event_detector/events/";
    private static final String IMAGE = "entry/instrument/image_detector/data/";
    private static final String MONITOR = "entry/instrument/beam_monitor/";

    @Override
    String structureFile() {
        return "nexus_structure_domain_writer_modules.json";
    }

    @Override
    String fileName() {
        return "domain_writer_modules.nxs";
    }

    @Override
    void publish(Publisher publisher) {
        publisher.publish(CHOPPERS, f144(SPEED_SOURCE, 10, 10100));
        publisher.publish(CHOPPERS, EpicsConnection.ep01(SPEED_SOURCE, at(10101), ConnectionStatus.CONNECTED));
        publisher.publish(
                CHOPPERS, Alarm.al00(SPEED_SOURCE, nanos(10102), Alarm.Severity.MINOR, "Chopper speed is too low"));
        publisher.publish(CHOPPERS, f144(SPEED_SOURCE, 15, 10110));
        publisher.publish(CHOPPERS, EpicsConnection.ep01(SPEED_SOURCE, at(10111), ConnectionStatus.CONNECTED));
        publisher.publish(
                CHOPPERS, Alarm.al00(SPEED_SOURCE, nanos(10112), Alarm.Severity.OK, "Chopper speed is perfect"));
        publisher.publish(CHOPPERS, f144(DELAY, 1e9, 10150));
        publisher.publish(CHOPPERS, EpicsConnection.ep01(DELAY, at(10151), ConnectionStatus.CONNECTED));
        publisher.publish(CHOPPERS, Alarm.al00(DELAY, nanos(10152), Alarm.Severity.MINOR, "Chopper delay is too low"));
        for (int pulse = 0; pulse < 4; pulse++) {
            int first = 10 + 40 * pulse;
            publisher.publish(
                    DETECTOR,
                    ev44(10200 + 10 * pulse, new int[] {first, first + 10, first + 20, first + 30}, new int[] {
                        1, 2, 3, 4
                    }));
        }
        publisher.publish(DETECTOR, image(10300, 10, 11, 12, 13));
        publisher.publish(DETECTOR, image(10310, 13, 12, 11, 10));
        publisher.publish(DETECTOR, monitor(10500, 1, 2, 3, 4, 3, 2, 1));
        publisher.publish(DETECTOR, monitor(10600, 4, 3, 2, 1, 2, 3, 4));
    }

    @Test
    void test_f144_writes() {
        assertAll(
                () -> assertThat(file).dataset(SPEED + "value").hasValues(10, 15),
                () -> assertThat(file).dataset(SPEED + "time").hasValues(nanos(10100), nanos(10110)),
                () -> assertThat(file)
                        .dataset(SPEED + "minimum_value")
                        .scalarValue()
                        .isEqualTo(10),
                () -> assertThat(file)
                        .dataset(SPEED + "maximum_value")
                        .scalarValue()
                        .isEqualTo(15),
                () -> assertThat(file)
                        .dataset(SPEED + "average_value")
                        .scalarValue()
                        .isEqualTo(12.5));
    }

    @Test
    void test_f144_units_attributes_if_in_json() {
        assertAll(
                () -> assertThat(file)
                        .dataset(SPEED + "value")
                        .attribute("units")
                        .isEqualTo("Hz"),
                () -> assertThat(file)
                        .dataset(SPEED + "minimum_value")
                        .attribute("units")
                        .isEqualTo("Hz"),
                () -> assertThat(file)
                        .dataset(SPEED + "maximum_value")
                        .attribute("units")
                        .isEqualTo("Hz"),
                () -> assertThat(file)
                        .dataset(SPEED + "average_value")
                        .attribute("units")
                        .isEqualTo("Hz"),
                () -> assertThat(file)
                        .dataset(SPEED + "time")
                        .attribute("units")
                        .isEqualTo("ns"));
    }

    @Test
    void test_f144_units_attributes_if_not_in_json() {
        assertAll(
                () -> assertThat(file).dataset(DELAY_GROUP + "value").hasValues(1e9),
                () -> assertThat(file)
                        .dataset(DELAY_GROUP + "value")
                        .attribute("units")
                        .isEqualTo(""),
                () -> assertThat(file)
                        .dataset(DELAY_GROUP + "minimum_value")
                        .attribute("units")
                        .isEqualTo(""),
                () -> assertThat(file)
                        .dataset(DELAY_GROUP + "maximum_value")
                        .attribute("units")
                        .isEqualTo(""),
                () -> assertThat(file)
                        .dataset(DELAY_GROUP + "average_value")
                        .attribute("units")
                        .isEqualTo(""));
    }

    @Test
    void test_ep01_writes() {
        assertAll(
                () -> assertThat(file).dataset(SPEED + "connection_status").hasValues(2, 2),
                () -> assertThat(file).dataset(SPEED + "connection_status_time").hasValues(nanos(10101), nanos(10111)));
    }

    @Test
    void test_al00_writes() {
        assertAll(
                () -> assertThat(file)
                        .dataset(SPEED + "alarm_message")
                        .hasValues("Chopper speed is too low", "Chopper speed is perfect"),
                () -> assertThat(file).dataset(SPEED + "alarm_severity").hasValues(1, 0),
                () -> assertThat(file).dataset(SPEED + "alarm_time").hasValues(nanos(10102), nanos(10112)));
    }

    @Test
    void test_ev44_writes() {
        assertAll(
                () -> assertThat(file)
                        .dataset(EVENTS + "event_time_offset")
                        .hasValues(IntStream.rangeClosed(1, 16)
                                .map(i -> 10 * i)
                                .boxed()
                                .toArray()),
                () -> assertThat(file)
                        .dataset(EVENTS + "event_time_zero")
                        .hasValues(nanos(10200), nanos(10210), nanos(10220), nanos(10230)),
                () -> assertThat(file).dataset(EVENTS + "event_index").hasValues(0, 4, 8, 12),
                () -> assertThat(file)
                        .dataset(EVENTS + "event_id")
                        .hasValues(1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3, 4));
    }

    @Test
    void test_ad00_writes() {
        assertAll(
                () -> assertThat(file)
                        .dataset(IMAGE + "value")
                        .hasShape(2, 2, 2)
                        .hasValues(10, 11, 12, 13, 13, 12, 11, 10),
                () -> assertThat(file).dataset(IMAGE + "time").hasValues(nanos(10300), nanos(10310)));
    }

    @Test
    void test_ad00_units_attributes_if_not_in_json() {
        assertThat(file).dataset(IMAGE + "value").attribute("units").isEqualTo("");
    }

    @Test
    void test_da00_writes() {
        assertAll(
                () -> assertThat(file)
                        .dataset(MONITOR + "signal")
                        .hasShape(2, 7)
                        .hasValues(1, 2, 3, 4, 3, 2, 1, 4, 3, 2, 1, 2, 3, 4),
                () -> assertThat(file).dataset(MONITOR + "time").hasValues(nanos(10500), nanos(10600)));
    }

    /** An ad00 2×2 uint16 image. */
    private static AreaDetectorArray image(long millis, int... pixels) {
        short[] elements = new short[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            elements[i] = (short) pixels[i];
        }
        return AreaDetectorArray.ad00(
                "image_data", 0, at(millis), new long[] {2, 2}, Value.ofArray(ValueType.ARRAY_USHORT, elements));
    }

    /** A da00 with the int32 variable {@code signal} over the axis {@code x}. */
    private static DataArray monitor(long millis, int... signal) {
        return new DataArray(
                "monitor_data",
                at(millis),
                List.of(DataArray.Variable.of(
                        "signal", "", List.of("x"), new long[] {signal.length}, Value.ofInts(signal))));
    }
}
