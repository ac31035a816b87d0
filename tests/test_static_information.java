package tests;

import static lib.nexus.NexusAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assertions.assertAll;
import static tests.DomainTestWindow.CHOPPERS;
import static tests.DomainTestWindow.DELAY;
import static tests.DomainTestWindow.f144;
import static tests.DomainTestWindow.nanos;

import lib.fixtures.Modules;
import lib.fixtures.Publisher;
import org.junit.jupiter.api.Test;

/** X4 (upstream {@code test_static_information.py}): links to module datasets and static datasets. */
@DomainTest
@Modules("f144")
class test_static_information extends DomainFileTest {
    private static final String DELAY_GROUP = "entry/instrument/chopper/delay/";
    private static final String LINKS = "entry/instrument/links/";
    private static final String DETECTOR = "entry/instrument/example_detector/";

    @Override
    String structureFile() {
        return "nexus_structure_domain_static_information.json";
    }

    @Override
    String fileName() {
        return "domain_static_information.nxs";
    }

    @Override
    void publish(Publisher publisher) {
        publisher.publish(CHOPPERS, f144(DELAY, 1000, 10150));
        publisher.publish(CHOPPERS, f144(DELAY, 2000, 10300));
        publisher.publish(CHOPPERS, f144(DELAY, 3000, 10450));
        publisher.publish(CHOPPERS, f144(DELAY, 4000, 10600));
    }

    /** The links show the f144 data written into their targets after the links were made. */
    @Test
    void test_can_create_links() {
        Object[] times = {nanos(10150), nanos(10300), nanos(10450), nanos(10600)};
        assertAll(
                () -> assertThat(file).dataset(DELAY_GROUP + "value").hasValues(1000, 2000, 3000, 4000),
                () -> assertThat(file).dataset(LINKS + "linked_value").hasValues(1000, 2000, 3000, 4000),
                () -> assertThat(file).dataset(DELAY_GROUP + "time").hasValues(times),
                () -> assertThat(file).dataset(LINKS + "linked_time").hasValues(times),
                () -> assertThat(file).hasHardLink(LINKS + "linked_value", DELAY_GROUP + "value"),
                () -> assertThat(file).hasHardLink(LINKS + "linked_time", DELAY_GROUP + "time"));
    }

    /** Static datasets of several types and shapes. */
    @Test
    void test_static_data_is_written() {
        assertAll(
                () -> assertThat(file)
                        .dataset(DETECTOR + "detector_number")
                        .hasDtype("int32")
                        .hasShape(5)
                        .hasValues(1, 2, 3, 4, 5),
                () -> assertThat(file)
                        .dataset(DETECTOR + "x_pixel_offset")
                        .hasDtype("float32")
                        .hasShape(5)
                        .hasValues(10, 20, 30, 40, 50),
                () -> assertThat(file)
                        .dataset(DETECTOR + "pixel_shape/cylinders")
                        .hasDtype("int32")
                        .hasShape(1, 3)
                        .hasValues(0, 1, 2),
                () -> assertThat(file)
                        .dataset(DETECTOR + "pixel_shape/vertices")
                        .hasDtype("float32")
                        .hasShape(3, 3)
                        .hasValuesCloseTo(within(1e-7), 0, 0, 0, 0, 0.05, 0, 0.002, 0, 0));
    }
}
