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

import lib.fixtures.Modules;
import lib.fixtures.Publisher;
import org.junit.jupiter.api.Test;

/** X2 (upstream {@code test_messages_before_and_after.py}): f144 and ev44 data around the window. */
@DomainTest
@Modules({"f144", "ev44"})
class test_messages_before_and_after extends DomainFileTest {
    private static final String DELAY_GROUP = "entry/instrument/chopper/delay/";
    private static final String EVENTS_GROUP = "entry/instrument/event_detector/events/";

    @Override
    String structureFile() {
        return "nexus_structure_domain_before_and_after.json";
    }

    @Override
    String fileName() {
        return "domain_messages_before_and_after.nxs";
    }

    @Override
    void publish(Publisher publisher) {
        publisher.publish(CHOPPERS, f144(DELAY, 2, 5000));
        publisher.publish(CHOPPERS, f144(DELAY, 3, 9000));
        publisher.publish(CHOPPERS, f144(DELAY, 5, 9999));
        publisher.publish(CHOPPERS, f144(DELAY, 9, 10000));
        publisher.publish(CHOPPERS, f144(DELAY, 10, 10100));
        publisher.publish(CHOPPERS, f144(DELAY, 12, 10150));
        publisher.publish(CHOPPERS, f144(DELAY, 15, 10200), at(10110));
        publisher.publish(CHOPPERS, f144(DELAY, 16, 15000));
        publisher.publish(CHOPPERS, f144(DELAY, 17, 16000));
        publisher.publish(CHOPPERS, f144(DELAY, 20, 17000));
        for (long millis : new long[] {8000, 9000, 10000, 12000, 15000, 16000}) {
            publisher.publish(DETECTOR, ev44(millis, new int[] {10, 20, 30, 40}, new int[] {1, 2, 3, 4}));
        }
    }

    /** f144 keeps only the last value before the start (5 @ 9.999 s), not the ones before it. */
    @Test
    void test_last_f144_data_before_start_is_written_but_earlier_values_ignored() {
        assertAll(
                () -> assertThat(file).dataset(DELAY_GROUP + "value").first().isEqualTo(5),
                () -> assertThat(file).dataset(DELAY_GROUP + "time").first().isEqualTo(nanos(9999)));
    }

    /** The value at the stop (16 @ 15 s) is the last; later ones are not written. */
    @Test
    void test_f144_data_after_stop_not_written() {
        assertAll(
                () -> assertThat(file).dataset(DELAY_GROUP + "value").last().isEqualTo(16),
                () -> assertThat(file).dataset(DELAY_GROUP + "time").last().isEqualTo(nanos(15000)));
    }

    /** ev44 keeps nothing from before the start: the first pulse is the one at the start. */
    @Test
    void test_ev44_data_before_start_is_not_written() {
        assertThat(file).dataset(EVENTS_GROUP + "event_time_zero").first().isEqualTo(nanos(10000));
    }

    /** The pulse at the stop is the last; the one after it is not written. */
    @Test
    void test_ev44_data_after_stop_not_written() {
        assertThat(file).dataset(EVENTS_GROUP + "event_time_zero").last().isEqualTo(nanos(15000));
    }
}
