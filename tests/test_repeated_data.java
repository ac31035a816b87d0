package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static tests.DomainTestWindow.CHOPPERS;
import static tests.DomainTestWindow.DELAY;
import static tests.DomainTestWindow.at;
import static tests.DomainTestWindow.f144;
import static tests.DomainTestWindow.nanos;

import lib.fixtures.Modules;
import lib.fixtures.Publisher;
import org.junit.jupiter.api.Test;

/**
 * X3 (upstream {@code test_repeated_messages.py}, renamed so that {@code -k test_repeated_messages} keeps selecting
 * only D8): the same f144 message five times, at five Kafka times.
 */
@DomainTest
@Modules("f144")
class test_repeated_data extends DomainFileTest {
    @Override
    String structureFile() {
        return "nexus_structure_domain_delay.json";
    }

    @Override
    String fileName() {
        return "domain_repeated_data.nxs";
    }

    @Override
    void publish(Publisher publisher) {
        publisher.publish(CHOPPERS, f144(DELAY, 10, 10100));
        for (long kafkaMillis = 10150; kafkaMillis < 10155; kafkaMillis++) {
            publisher.publish(CHOPPERS, f144(DELAY, 12, 10150), at(kafkaMillis));
        }
        publisher.publish(CHOPPERS, f144(DELAY, 15, 10200));
    }

    /** A message with the time of the one before it is dropped. */
    @Test
    void test_f144_skips_repeated_data() {
        assertThat(file).dataset("entry/instrument/chopper/delay/value").hasValues(10, 12, 15);
        assertThat(file)
                .dataset("entry/instrument/chopper/delay/time")
                .hasValues(nanos(10100), nanos(10150), nanos(10200));
    }
}
