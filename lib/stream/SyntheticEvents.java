package lib.stream;

import java.util.SplittableRandom;
import lib.wire.DataMessage;
import lib.wire.EventData;

/**
 * Made-up neutron events at a steady pulse rate ({@link EventSettings}): pulse k at {@code ticks.timeNs(k)}, messages
 * numbered from 0, each holding up to {@code pulsesPerMessage} pulses of {@code eventsPerPulse} events.
 */
public final class SyntheticEvents implements MessageSource {
    private final EventSettings settings;
    private final Ticks pulses;
    private final SplittableRandom random;
    private final int detectorIdSpan;
    private long nextPulse;
    private long messageId;

    public SyntheticEvents(EventSettings settings, long startNs, long durationNs) {
        this.settings = settings;
        this.pulses = Ticks.within(startNs, durationNs, settings.pulseRateHz());
        this.random = new SplittableRandom(settings.seed());
        this.detectorIdSpan = settings.lastDetectorId() - settings.firstDetectorId() + 1;
    }

    /** The pulses this source sends. */
    public Ticks pulses() {
        return pulses;
    }

    @Override
    public SourceSpec spec() {
        return new SourceSpec(settings.schema(), settings.sourceName(), settings.topic());
    }

    @Override
    public long count() {
        return Math.floorDiv(pulses.count() + settings.pulsesPerMessage() - 1, settings.pulsesPerMessage());
    }

    @Override
    public long firstTimeNs() {
        return pulses.startNs();
    }

    @Override
    public long lastTimeNs() {
        long lastMessageFirstPulse = (count() - 1) * settings.pulsesPerMessage();
        return pulses.timeNs(Math.max(0, lastMessageFirstPulse));
    }

    @Override
    public boolean hasNext() {
        return nextPulse < pulses.count();
    }

    @Override
    public long nextTimeNs() {
        return pulses.timeNs(nextPulse);
    }

    @Override
    public DataMessage next() {
        int pulseCount = (int) Math.min(settings.pulsesPerMessage(), pulses.count() - nextPulse);
        long[] referenceTimes = new long[pulseCount];
        int[] firstEvents = new int[pulseCount];
        int events = pulseCount * settings.eventsPerPulse();
        int[] timeOfFlight = new int[events];
        int[] detectorIds = new int[events];
        for (int pulse = 0; pulse < pulseCount; pulse++) {
            referenceTimes[pulse] = pulses.timeNs(nextPulse + pulse);
            firstEvents[pulse] = pulse * settings.eventsPerPulse();
        }
        for (int event = 0; event < events; event++) {
            timeOfFlight[event] = settings.timeOfFlight().draw(random);
            detectorIds[event] = settings.firstDetectorId() + random.nextInt(detectorIdSpan);
        }
        nextPulse += pulseCount;
        long id = messageId++;
        if (settings.schema().equals(EventData.EV42)) {
            return EventData.ev42(settings.sourceName(), id, referenceTimes[0], timeOfFlight, detectorIds);
        }
        return EventData.ev44(settings.sourceName(), id, referenceTimes, firstEvents, timeOfFlight, detectorIds);
    }
}
