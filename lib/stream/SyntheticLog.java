package lib.stream;

import lib.wire.DataMessage;
import lib.wire.LogData;
import lib.wire.Value;

/** One synthetic log source of {@link LogSettings}: message n at {@code ticks.timeNs(n)} with {@code values}' value. */
public final class SyntheticLog implements MessageSource {
    private final LogSettings settings;
    private final int index;
    private final String sourceName;
    private final Ticks ticks;
    private long next;

    public SyntheticLog(LogSettings settings, int index, long startNs, long durationNs) {
        this.settings = settings;
        this.index = index;
        this.sourceName = settings.sourceName(index);
        this.ticks = Ticks.within(startNs, durationNs, settings.rateHz());
    }

    /** The value message {@code n} of this source carries. */
    public double valueOf(long n) {
        return settings.values().valueOf(index, n);
    }

    public Ticks ticks() {
        return ticks;
    }

    @Override
    public SourceSpec spec() {
        return new SourceSpec(settings.schema(), sourceName, settings.topic());
    }

    @Override
    public long count() {
        return ticks.count();
    }

    @Override
    public long firstTimeNs() {
        return ticks.startNs();
    }

    @Override
    public long lastTimeNs() {
        return ticks.lastNs();
    }

    @Override
    public boolean hasNext() {
        return next < ticks.count();
    }

    @Override
    public long nextTimeNs() {
        return ticks.timeNs(next);
    }

    @Override
    public DataMessage next() {
        long n = next++;
        Value value = Value.ofDouble(valueOf(n));
        return settings.schema().equals(LogData.F142)
                ? LogData.f142(sourceName, ticks.timeNs(n), value)
                : LogData.f144(sourceName, ticks.timeNs(n), value);
    }
}
