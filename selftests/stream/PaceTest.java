package selftests.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import lib.cli.DurationConverter;
import lib.stream.LogSettings;
import lib.stream.LogValues;
import lib.stream.Pace;
import lib.stream.StreamPlan;
import lib.stream.Ticks;
import org.junit.jupiter.api.Test;

/** The arithmetic of pacing: speed factors, when data is due on the wall clock, ticks at a rate, durations. */
class PaceTest {
    @Test
    void a_speed_factor_compresses_data_time_on_the_wall_clock() {
        Pace pace = Pace.parse("720x");

        assertThat(pace.wallTimeOf(Duration.ofHours(2))).isEqualTo(Duration.ofSeconds(10));
        assertThat(pace.wallOffsetNs(1_000_000_000L)).isEqualTo(1_388_889L);
        assertThat(Pace.parse("1")).isEqualTo(Pace.CLOCK);
        assertThat(Pace.CLOCK.wallTimeOf(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(3));
        assertThat(Pace.parse("0.5").wallTimeOf(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void max_means_no_pacing_and_bad_speeds_say_what_to_give() {
        assertThat(Pace.parse("max").isUnlimited()).isTrue();
        assertThat(Pace.UNLIMITED.wallOffsetNs(Long.MAX_VALUE)).isZero();
        assertThat(Pace.UNLIMITED).hasToString("as fast as possible");
        assertThat(Pace.parse("720")).hasToString("720x real time");
        assertThatThrownBy(() -> Pace.parse("fast"))
                .hasMessage("speed 'fast': give a factor such as 1, 60 or 720x, or max");
        assertThatThrownBy(() -> Pace.parse("0")).hasMessageContaining("a speed must be above 0");
    }

    @Test
    void ticks_within_a_duration_count_each_period_once_and_do_not_drift() {
        assertThat(Ticks.within(0, 7200_000_000_000L, 1).count()).isEqualTo(7200);
        assertThat(Ticks.within(0, 1_000_000_000L, 14).count()).isEqualTo(14);
        assertThat(Ticks.within(0, 1_000_000_001L, 14).count()).isEqualTo(15);
        Ticks pulses = new Ticks(5, 14, 1_000_000);
        assertThat(pulses.timeNs(14)).isEqualTo(5 + 1_000_000_000L);
        assertThat(pulses.timeNs(999_999)).isEqualTo(5 + Math.round(999_999 * 1e9 / 14));
        assertThat(pulses.lastNs()).isEqualTo(pulses.timeNs(999_999));
    }

    @Test
    void compressed_data_can_be_shifted_to_end_now() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");
        LogSettings logs = new LogSettings("f144", "pv_", 2, 1, "logs", LogValues.RAMP);
        StreamPlan plan = new StreamPlan(Instant.EPOCH, Duration.ofHours(2), logs, null, null);

        StreamPlan shifted = plan.endingAt(now);

        assertThat(shifted.start()).isEqualTo(now.minusSeconds(7199));
        assertThat(shifted.schedule().lastTimeNs()).isEqualTo(now.getEpochSecond() * 1_000_000_000L);
    }

    @Test
    void durations_read_as_people_write_them() {
        assertThat(DurationConverter.parse("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(DurationConverter.parse("1h30m")).isEqualTo(Duration.ofMinutes(90));
        assertThat(DurationConverter.parse("250ms")).isEqualTo(Duration.ofMillis(250));
        assertThat(DurationConverter.parse("1.5s")).isEqualTo(Duration.ofMillis(1500));
        assertThat(DurationConverter.parse("PT10S")).isEqualTo(Duration.ofSeconds(10));
        assertThatThrownBy(() -> DurationConverter.parse("two hours"))
                .hasMessage("'two hours' is not a duration; write it as 2h, 90s, 1h30m, 250ms or PT2H");
    }
}
