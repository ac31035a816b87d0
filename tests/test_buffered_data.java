package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static tests.DomainTestWindow.CHOPPERS;
import static tests.DomainTestWindow.DELAY;
import static tests.DomainTestWindow.f144;
import static tests.DomainTestWindow.nanos;

import lib.fixtures.Modules;
import lib.fixtures.Publisher;
import org.junit.jupiter.api.Test;

/** X1 (upstream {@code test_buffered.py}): f144 data only before the window. */
@DomainTest
@Modules("f144")
class test_buffered_data extends DomainFileTest {
    @Override
    String structureFile() {
        return "nexus_structure_domain_delay.json";
    }

    @Override
    String fileName() {
        return "domain_buffered_data.nxs";
    }

    @Override
    void publish(Publisher publisher) {
        publisher.publish(CHOPPERS, f144(DELAY, 2, 5000));
        publisher.publish(CHOPPERS, f144(DELAY, 3, 9000));
    }

    /** The last value before the start is written although nothing arrives inside the window. */
    @Test
    void test_f144_data_before_start_is_written_when_no_data_between_start_and_stop() {
        assertThat(file).dataset("entry/instrument/chopper/delay/value").hasValues(3);
        assertThat(file).dataset("entry/instrument/chopper/delay/time").hasValues(nanos(9000));
    }
}
