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
    private final Ticks ticks;
    private final int perMessage;
    private final SplittableRandom random;
    private final int detectorIdSpan;
    private long nextPulse;
    private long messageId;

    public SyntheticEvents(EventSettings settings, long startNs, long durationNs) {
        this.settings = settings;
        this.ticks = Ticks.within(startNs, durationNs, settings.pulses().rateHz());
        this.random = new SplittableRandom(settings.draws().seed());
        this.perMessage = settings.pulses().pulsesPerMessage();
        this.detectorIdSpan =
                settings.draws().lastDetectorId() - settings.draws().firstDetectorId() + 1;
    }

    /** The times of the pulses this source sends. */
    public Ticks pulseTimes() {
        return ticks;
    }

    @Override
    public SourceSpec spec() {
        return new SourceSpec(settings.schema(), settings.sourceName(), settings.topic());
    }

    @Override
    public long count() {
        return Math.floorDiv(ticks.count() + perMessage - 1, perMessage);
    }

    @Override
    public long firstTimeNs() {
        return ticks.startNs();
    }

    @Override
    public long lastTimeNs() {
        long lastMessageFirstPulse = (count() - 1) * perMessage;
        return ticks.timeNs(Math.max(0, lastMessageFirstPulse));
    }

    @Override
    public boolean hasNext() {
        return nextPulse < ticks.count();
    }

    @Override
    public long nextTimeNs() {
        return ticks.timeNs(nextPulse);
    }

    @Override
    public DataMessage next() {
        int pulseCount = (int) Math.min(perMessage, ticks.count() - nextPulse);
        long[] referenceTimes = new long[pulseCount];
        int[] firstEvents = new int[pulseCount];
        int events = pulseCount * settings.pulses().eventsPerPulse();
        int[] timeOfFlight = new int[events];
        int[] detectorIds = new int[events];
        for (int pulse = 0; pulse < pulseCount; pulse++) {
            referenceTimes[pulse] = ticks.timeNs(nextPulse + pulse);
            firstEvents[pulse] = pulse * settings.pulses().eventsPerPulse();
        }
        for (int event = 0; event < events; event++) {
            timeOfFlight[event] = settings.draws().timeOfFlight().draw(random);
            detectorIds[event] = settings.draws().firstDetectorId() + random.nextInt(detectorIdSpan);
        }
        nextPulse += pulseCount;
        long id = messageId++;
        if (settings.schema().equals(EventData.EV42)) {
            return EventData.ev42(settings.sourceName(), id, referenceTimes[0], timeOfFlight, detectorIds);
        }
        return EventData.ev44(settings.sourceName(), id, referenceTimes, firstEvents, timeOfFlight, detectorIds);
    }
}
