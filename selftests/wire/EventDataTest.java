package selftests.wire;

import static org.assertj.core.api.Assertions.assertThat;

import lib.wire.AdcPulseDebug;
import lib.wire.EventData;
import lib.wire.Identifier;
import lib.wire.IsisData;
import lib.wire.Messages;
import lib.wire.RunState;
import org.junit.jupiter.api.Test;

class EventDataTest {

    @Test
    void ev44RoundTripsSeveralPulses() {
        EventData message = EventData.ev44(
                "detector", 7, new long[] {1_000, 2_000}, new int[] {0, 2}, new int[] {10, 20, 30}, new int[] {1, 2, 3
                });

        byte[] bytes = message.toBytes();

        assertThat(Identifier.of(bytes)).isEqualTo("ev44");
        assertThat(EventData.parse(bytes)).usingRecursiveComparison().isEqualTo(message);
        assertThat(Messages.parse(bytes)).usingRecursiveComparison().isEqualTo(message);
        assertThat(message.messageTimeNs()).isEqualTo(1_000);
        assertThat(message.sourceName()).isEqualTo("detector");
    }

    @Test
    void ev44WithoutEventsKeepsItsRequiredVectors() {
        EventData parsed =
                EventData.parse(EventData.ev44("detector", 0, 5, null, null).toBytes());

        assertThat(parsed.referenceTime()).containsExactly(5);
        assertThat(parsed.referenceTimeIndex()).containsExactly(0);
        assertThat(parsed.timeOfFlight()).isEmpty();
    }

    @Test
    void ev42RoundTripsWithoutFacilityData() {
        EventData message = EventData.ev42("detector", -1, 3_000, new int[] {-1, 5}, new int[] {7, 8});

        assertThat(EventData.parse(message.toBytes()))
                .usingRecursiveComparison()
                .isEqualTo(message);
    }

    @Test
    void ev42RoundTripsIsisData() {
        EventData message = EventData.ev42("detector", 1, 3_000, new int[] {1}, new int[] {2})
                .withFacilityData(new IsisData(4_000_000_000L, RunState.RUNNING, 1.5f));

        assertThat(EventData.parse(message.toBytes()))
                .usingRecursiveComparison()
                .isEqualTo(message);
    }

    @Test
    void ev42RoundTripsAdcPulseDebug() {
        EventData message = EventData.ev42("detector", 1, 3_000, new int[] {1}, new int[] {2})
                .withFacilityData(
                        new AdcPulseDebug(new int[] {1}, new int[] {2}, new int[] {3}, new long[] {4}, new long[] {5}));

        assertThat(EventData.parse(message.toBytes()))
                .usingRecursiveComparison()
                .isEqualTo(message);
    }
}
