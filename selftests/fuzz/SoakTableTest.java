package selftests.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import lib.soak.JUnitReports;
import lib.soak.SoakTable;
import lib.soak.TestOutcome;
import lib.soak.WriterDeaths;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** soak.java's table, computed from two run folders of JUnit XML written here, as the console launcher writes it. */
class SoakTableTest {
    private static final String RUN_1 =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="JUnit Jupiter" tests="4" skipped="1" failures="0" errors="1" time="9.1">
            <testcase name="test_links(WorkerPool, Jobs)" classname="tests.test_filewriter_links" time="1.5"/>
            <testcase name="test_flaky()" classname="tests.test_x" time="2.0"><error message="boom"/></testcase>
            <testcase name="test_2022_only()" classname="tests.test_x" time="0"><skipped/></testcase>
            <testcase name="test_steady()" classname="tests.test_x" time="4.0"/>
            </testsuite>
            """;
    private static final String RUN_2 =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="JUnit Jupiter" tests="4" skipped="1" failures="0" errors="0" time="9.1">
            <testcase name="test_links(WorkerPool, Jobs)" classname="tests.test_filewriter_links" time="3.5">
            <system-out><![CDATA[display-name: test_links]]></system-out></testcase>
            <testcase name="test_flaky()" classname="tests.test_x" time="6.0"/>
            <testcase name="test_2022_only()" classname="tests.test_x" time="0"><skipped message="era"/></testcase>
            <testcase name="test_steady()" classname="tests.test_x" time="1,000.0"/>
            </testsuite>
            """;
    private static final String RUN_3 =
            """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuite name="JUnit Jupiter">
            <testcase name="test_flaky()" classname="tests.test_x" time="1.0"><failure message="no"/></testcase>
            </testsuite>
            """;

    @TempDir
    Path logs;

    @Test
    void pass_rates_medians_and_slowest_durations_come_from_the_reports() throws IOException {
        SoakTable table =
                SoakTable.of(List.of(JUnitReports.read(run("run-1", RUN_1)), JUnitReports.read(run("run-2", RUN_2))));

        assertThat(table.rows())
                .extracting(SoakTable.Row::name)
                .containsExactly(
                        "test_x.test_flaky",
                        "test_filewriter_links.test_links",
                        "test_x.test_steady",
                        "test_x.test_2022_only");
        SoakTable.Row flaky = table.rows().get(0);
        assertThat(flaky.runs()).isEqualTo(2);
        assertThat(flaky.passed()).isEqualTo(1);
        assertThat(flaky.passRate()).isEqualTo(0.5);
        assertThat(flaky.median()).isCloseTo(4.0, within(1e-9));
        assertThat(flaky.slowest()).isCloseTo(6.0, within(1e-9));
        SoakTable.Row links = table.rows().get(1);
        assertThat(links.passRate()).isEqualTo(1.0);
        assertThat(links.median()).isCloseTo(2.5, within(1e-9));
        assertThat(links.slowest()).isCloseTo(3.5, within(1e-9));
        assertThat(table.rows().get(2).slowest()).isCloseTo(1000.0, within(1e-9));
        SoakTable.Row skipped = table.rows().get(3);
        assertThat(skipped.runs()).isZero();
        assertThat(skipped.skipped()).isEqualTo(2);
        assertThat(table.flaky()).containsExactly(flaky);
        assertThat(table.render())
                .anySatisfy(line -> assertThat(line).contains("50%", "1/2", "4.00", "6.00", "test_x.test_flaky"));
    }

    @Test
    void a_median_of_an_odd_number_of_runs_is_the_middle_one() throws IOException {
        SoakTable table = SoakTable.of(List.of(
                JUnitReports.read(run("run-1", RUN_1)),
                JUnitReports.read(run("run-2", RUN_2)),
                JUnitReports.read(run("run-3", RUN_3))));

        SoakTable.Row flaky = table.rows().get(0);
        assertThat(flaky.name()).isEqualTo("test_x.test_flaky");
        assertThat(flaky.passed()).isEqualTo(1);
        assertThat(flaky.runs()).isEqualTo(3);
        assertThat(flaky.median()).isCloseTo(2.0, within(1e-9));
    }

    @Test
    void lines_saying_a_writer_died_are_found() {
        String output = String.join(
                "\n",
                "test_x",
                "  ok   test_links (1.5 s)",
                "writer 1 (PID 4711) exited with status 139 during test_flaky; its last log lines:",
                "corrupted double-linked list",
                "1 passed, 0 failed, 0 skipped");

        assertThat(WriterDeaths.in(output))
                .containsExactly(
                        "writer 1 (PID 4711) exited with status 139 during test_flaky; its last log lines:",
                        "corrupted double-linked list");
    }

    @Test
    void statuses_are_read_from_the_report_elements() throws IOException {
        assertThat(JUnitReports.read(run("run-1", RUN_1)))
                .extracting(TestOutcome::status)
                .containsExactly(
                        TestOutcome.Status.PASSED,
                        TestOutcome.Status.FAILED,
                        TestOutcome.Status.SKIPPED,
                        TestOutcome.Status.PASSED);
    }

    private Path run(String name, String xml) throws IOException {
        Path junit = Files.createDirectories(logs.resolve(name).resolve("junit"));
        Files.writeString(junit.resolve("TEST-junit-jupiter.xml"), xml);
        Files.writeString(
                junit.resolve("TEST-junit-vintage.xml"),
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"JUnit Vintage\" tests=\"0\"/>\n");
        return junit;
    }
}
