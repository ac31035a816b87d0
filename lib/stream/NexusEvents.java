package lib.stream;

import java.util.Arrays;
import lib.wire.DataMessage;
import lib.wire.EventData;

/**
 * Replays the events of one NXevent_data group ({@link EventGroup}) as ev44 (up to {@code pulsesPerMessage} pulses
 * a message) or ev42 (one pulse a message): the pulses keep their spacing, shifted so that the first lies at
 * {@code startNs}; pulses more than {@code limitNs} after the first are left out (0: none are).
 */
public final class NexusEvents implements MessageSource {
    private final EventGroup group;
    private final String schema;
    private final String topic;
    private final int pulsesPerMessage;
    private final long shiftNs;
    private final int pulseCount;
    private int nextPulse;
    private long messageId;

    public NexusEvents(
            EventGroup group, String schema, String topic, int pulsesPerMessage, long startNs, long limitNs) {
        if (schema.equals(EventData.EV42) && pulsesPerMessage != 1) {
            throw new IllegalArgumentException("an ev42 holds one pulse: use --pulses-per-message 1 or ev44");
        }
        this.group = group;
        this.schema = schema;
        this.topic = topic;
        this.pulsesPerMessage = pulsesPerMessage;
        long[] times = group.pulseTimesNs();
        this.shiftNs = times.length == 0 ? 0 : startNs - times[0];
        this.pulseCount = limitNs <= 0 || times.length == 0 ? times.length : pulsesWithin(times, times[0] + limitNs);
    }

    private static int pulsesWithin(long[] times, long endNs) {
        int count = 0;
        while (count < times.length && times[count] < endNs) {
            count++;
        }
        return count;
    }

    @Override
    public SourceSpec spec() {
        return new SourceSpec(schema, group.sourceName(), topic);
    }

    @Override
    public long count() {
        return (pulseCount + pulsesPerMessage - 1) / pulsesPerMessage;
    }

    @Override
    public long firstTimeNs() {
        return timeOf(0);
    }

    @Override
    public long lastTimeNs() {
        return timeOf((int) Math.max(0, (count() - 1) * pulsesPerMessage));
    }

    private long timeOf(int pulse) {
        return pulseCount == 0 ? 0 : group.pulseTimesNs()[pulse] + shiftNs;
    }

    @Override
    public boolean hasNext() {
        return nextPulse < pulseCount;
    }

    @Override
    public long nextTimeNs() {
        return timeOf(nextPulse);
    }

    @Override
    public DataMessage next() {
        int first = nextPulse;
        int pulses = Math.min(pulsesPerMessage, pulseCount - first);
        nextPulse += pulses;
        int fromEvent = (int) group.firstEvents()[first];
        int toEvent = (int) group.endOfPulse(first + pulses - 1);
        long[] referenceTimes = new long[pulses];
        int[] referenceIndex = new int[pulses];
        for (int pulse = 0; pulse < pulses; pulse++) {
            referenceTimes[pulse] = timeOf(first + pulse);
            referenceIndex[pulse] = (int) (group.firstEvents()[first + pulse] - fromEvent);
        }
        int[] tof = Arrays.copyOfRange(group.timesOfFlightNs(), fromEvent, toEvent);
        int[] ids = Arrays.copyOfRange(group.detectorIds(), fromEvent, toEvent);
        long id = messageId++;
        if (schema.equals(EventData.EV42)) {
            return EventData.ev42(group.sourceName(), id, referenceTimes[0], tof, ids);
        }
        return EventData.ev44(group.sourceName(), id, referenceTimes, referenceIndex, tof, ids);
    }
}
