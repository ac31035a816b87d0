package selftests.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import lib.control.WriteJob;
import org.junit.jupiter.api.Test;

class WriteJobTest {
    private static final Instant START = Instant.parse("2016-04-12T02:58:52Z");

    @Test
    void aJobWithoutStopRunsTenYearsAndAHalfDayWithARandomId() {
        WriteJob job = WriteJob.of("file.nxs", "{}", START);

        assertThat(job.stop()).isEqualTo(START.plus(Duration.ofMillis(315_576_000_000L)));
        assertThat(job.jobId()).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
        assertThat(WriteJob.of("file.nxs", "{}", START).jobId()).isNotEqualTo(job.jobId());
        assertThat(job.controlTopic()
                        + job.metadata()
                        + job.serviceId()
                        + job.broker()
                        + job.runName()
                        + job.instrumentName())
                .isEmpty();
    }

    @Test
    void withChangesOnlyWhatItIsToldAndAcceptsAnyJobIdAndNoStop() {
        WriteJob job = WriteJob.of("file.nxs", "{}", START)
                .with(pl72 -> pl72.metadata("{}").controlTopic("c"));

        WriteJob changed = job.with(pl72 -> pl72.jobId("invalid id").stop(null));

        assertThat(changed.jobId()).isEqualTo("invalid id");
        assertThat(changed.stop()).isNull();
        assertThat(changed)
                .usingRecursiveComparison()
                .ignoringFields("jobId", "stop")
                .isEqualTo(job);
    }
}
