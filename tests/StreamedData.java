package tests;

import java.util.Arrays;
import java.util.List;
import lib.stream.MessageSource;
import lib.stream.StreamPlan;
import lib.stream.SyntheticEvents;
import lib.stream.SyntheticLog;
import lib.wire.EventData;
import lib.wire.LogData;

/**
 * What a file written from a {@link StreamPlan} must hold, recomputed from the plan: its sources make the same
 * messages again (the synthetic events from the same seed), and these collect them per source, in order.
 */
final class StreamedData {
    private final List<MessageSource> sources;

    StreamedData(StreamPlan plan) {
        this.sources = plan.sources();
    }

    List<SyntheticLog> logs() {
        return sources.stream()
                .filter(SyntheticLog.class::isInstance)
                .map(SyntheticLog.class::cast)
                .toList();
    }

    /** Every message time of {@code log}, and every value, in the order sent. */
    static Log of(SyntheticLog log) {
        int count = (int) log.count();
        long[] times = new long[count];
        Object[] values = new Object[count];
        for (int n = 0; n < count; n++) {
            LogData message = (LogData) log.next();
            times[n] = message.messageTimeNs();
            values[n] = message.value().doubleAt(0);
        }
        return new Log(log.spec().sourceName(), times, values);
    }

    record Log(String source, long[] times, Object[] values) {}

    /** Every pulse of the synthetic events: its time and first event, and every event's id and time of flight. */
    Events events() {
        SyntheticEvents events = sources.stream()
                .filter(SyntheticEvents.class::isInstance)
                .map(SyntheticEvents.class::cast)
                .findFirst()
                .orElseThrow();
        int pulses = (int) events.pulseTimes().count();
        long[] pulseTimes = new long[pulses];
        long[] firstEvents = new long[pulses];
        int[] ids = new int[0];
        int[] tofs = new int[0];
        int pulse = 0;
        int written = 0;
        while (events.hasNext()) {
            EventData message = (EventData) events.next();
            for (int i = 0; i < message.referenceTime().length; i++, pulse++) {
                pulseTimes[pulse] = message.referenceTime()[i];
                firstEvents[pulse] = written + message.referenceTimeIndex()[i];
            }
            ids = append(ids, message.pixelId(), written);
            tofs = append(tofs, message.timeOfFlight(), written);
            written += message.pixelId().length;
        }
        return new Events(
                events.spec().sourceName(),
                pulseTimes,
                firstEvents,
                Arrays.copyOf(ids, written),
                Arrays.copyOf(tofs, written));
    }

    record Events(String source, long[] pulseTimes, long[] firstEvents, int[] detectorIds, int[] timesOfFlight) {}

    private static int[] append(int[] to, int[] more, int used) {
        int[] room =
                used + more.length <= to.length ? to : Arrays.copyOf(to, Math.max(2 * to.length, used + more.length));
        System.arraycopy(more, 0, room, used, more.length);
        return room;
    }
}
