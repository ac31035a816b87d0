package selftests.stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import lib.stream.EventDraws;
import lib.stream.EventSettings;
import lib.stream.LogSettings;
import lib.stream.LogValues;
import lib.stream.PulseSettings;
import lib.stream.SyntheticEvents;
import lib.stream.SyntheticLog;
import lib.stream.TimeOfFlight;
import lib.wire.EventData;
import lib.wire.LogData;
import org.junit.jupiter.api.Test;

/** The synthetic generators: pulses and log ticks at their rates, events in their ranges, repeatable by seed. */
class SyntheticDataTest {
    private static final long START = 1_600_000_000_000_000_000L;
    private static final long SECOND = 1_000_000_000L;

    private static EventSettings events(String schema, PulseSettings pulses, EventDraws draws) {
        return new EventSettings(schema, "det", "topic", pulses, draws);
    }

    @Test
    void events_come_at_the_pulse_rate_with_their_ids_and_times_of_flight_in_range() {
        EventSettings settings = events(
                "ev44",
                new PulseSettings(14, 50, 1),
                new EventDraws(100, 199, TimeOfFlight.parse("uniform:1000:2000"), 7));
        SyntheticEvents events = new SyntheticEvents(settings, START, 10 * SECOND);

        List<EventData> messages = EventMessages.of(events);

        assertThat(events.count()).isEqualTo(140);
        assertThat(messages).hasSize(140).allSatisfy(message -> {
            assertThat(message.identifier()).isEqualTo("ev44");
            assertThat(message.pixelId()).hasSize(50);
            assertThat(Arrays.stream(message.pixelId()).boxed())
                    .allSatisfy(id -> assertThat(id).isBetween(100, 199));
            assertThat(Arrays.stream(message.timeOfFlight()).boxed())
                    .allSatisfy(tof -> assertThat(tof).isBetween(1000, 1999));
        });
        assertThat(messages.get(0).referenceTime()).containsExactly(START);
        assertThat(messages.get(7).referenceTime()).containsExactly(START + 500_000_000L);
        assertThat(messages.get(139).messageTimeNs()).isEqualTo(START + Math.round(139 * 1e9 / 14));
        assertThat(messages)
                .extracting(EventData::messageId)
                .startsWith(0L, 1L, 2L)
                .endsWith(139L);
    }

    @Test
    void the_same_seed_gives_the_same_events_and_another_seed_others() {
        EventSettings settings = events("ev44", new PulseSettings(10, 20, 1), EventDraws.DEFAULT);
        EventSettings reseeded =
                events("ev44", new PulseSettings(10, 20, 1), new EventDraws(1, 10_000, TimeOfFlight.DEFAULT, 2));
        int[] first = EventMessages.of(new SyntheticEvents(settings, START, SECOND))
                .get(3)
                .pixelId();
        int[] again = EventMessages.of(new SyntheticEvents(settings, START, SECOND))
                .get(3)
                .pixelId();
        int[] other = EventMessages.of(new SyntheticEvents(reseeded, START, SECOND))
                .get(3)
                .pixelId();

        assertThat(again).containsExactly(first);
        assertThat(Arrays.equals(other, first)).isFalse();
    }

    @Test
    void several_pulses_share_an_ev44_and_an_ev42_holds_one() {
        EventSettings settings = events("ev44", new PulseSettings(10, 3, 4), EventDraws.DEFAULT);
        List<EventData> ev44 = EventMessages.of(new SyntheticEvents(settings, START, SECOND));
        List<EventData> ev42 = EventMessages.of(
                new SyntheticEvents(events("ev42", new PulseSettings(10, 3, 1), EventDraws.DEFAULT), START, SECOND));

        assertThat(ev44).hasSize(3);
        assertThat(ev44.get(0).referenceTime())
                .containsExactly(START, START + SECOND / 10, START + 2 * SECOND / 10, START + 3 * SECOND / 10);
        assertThat(ev44.get(0).referenceTimeIndex()).containsExactly(0, 3, 6, 9);
        assertThat(ev44.get(2).referenceTime()).hasSize(2);
        assertThat(ev42).hasSize(10).allSatisfy(message -> assertThat(message.identifier())
                .isEqualTo("ev42"));
        assertThatThrownBy(() -> events("ev42", settings.pulses(), EventDraws.DEFAULT))
                .hasMessageContaining("an ev42 holds one pulse");
    }

    @Test
    void gaussian_times_of_flight_centre_on_their_mean() {
        TimeOfFlight gaussian = TimeOfFlight.parse("gaussian:20000000:1000000");
        EventSettings settings = events("ev44", new PulseSettings(10, 1000, 1), new EventDraws(1, 10_000, gaussian, 3));

        double mean = Arrays.stream(EventMessages.of(new SyntheticEvents(settings, START, SECOND))
                        .get(0)
                        .timeOfFlight())
                .average()
                .orElseThrow();

        assertThat(mean).isCloseTo(20_000_000, within(200_000.0));
        assertThatThrownBy(() -> TimeOfFlight.parse("poisson:1:2"))
                .hasMessage("time of flight 'poisson:1:2': use uniform:MIN:MAX or gaussian:MEAN:SIGMA (ns)");
    }

    @Test
    void many_log_sources_tick_at_their_rate_for_hours_with_values_that_name_the_message() {
        LogSettings settings = new LogSettings("f144", "log_", 50, 1, "logs", LogValues.RAMP);
        SyntheticLog log = new SyntheticLog(settings, 7, START, 2 * 3600 * SECOND);

        assertThat(log.count()).isEqualTo(7200);
        assertThat(log.spec().sourceName()).isEqualTo("log_07");
        LogData first = (LogData) log.next();
        LogData second = (LogData) log.next();
        assertThat(first.messageTimeNs()).isEqualTo(START);
        assertThat(second.messageTimeNs()).isEqualTo(START + SECOND);
        assertThat(second.value().doubleAt(0)).isEqualTo(7_000_001.0);
        assertThat(log.lastTimeNs()).isEqualTo(START + 7199 * SECOND);
        assertThat(settings.sourceName(49)).isEqualTo("log_49");
    }

    @Test
    void f142_logs_and_bad_schemas() {
        LogSettings settings = new LogSettings("f142", "pv:", 1, 10, "logs", LogValues.SINE);
        LogData message = (LogData) new SyntheticLog(settings, 0, START, SECOND).next();

        assertThat(message.identifier()).isEqualTo("f142");
        assertThat(message.sourceName()).isEqualTo("pv:0");
        assertThatThrownBy(() -> new LogSettings("f143", "x", 1, 1, "t", LogValues.RAMP))
                .hasMessage("log schema 'f143': use f144 or f142");
        assertThatThrownBy(() -> LogValues.parse("noise")).hasMessage("log values 'noise': use ramp or sine");
    }
}
