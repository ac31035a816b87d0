package writer.output.filter;

import java.time.Instant;
import writer.common.Faults;
import writer.common.Faults.Fault;
import writer.output.modules.DecodedMessage;
import writer.profile.ProfileRules;

/**
 * The data window of one (identifier, source) pair (protocol.md §6.2). Messages come in arrival order;
 * times are compared with start and stop in whole microseconds.
 */
public final class SourceFilter {
    /** Where messages that pass go. */
    public interface Sink {
        void write(DecodedMessage message, boolean buffered);
    }

    // The profile's data-window rules, read once: they apply per message.
    private final boolean keepsLastArrivedBeforeStart;

    private final boolean writesFirstMessagePastStop;
    private final boolean acceptsRepeats;
    private final long startMicros;
    private final Sink sink;
    private Long stopMicros;
    private boolean hasPrevious;
    private long previousTimeNs;
    private DecodedMessage buffered;
    private boolean finished;

    public SourceFilter(ProfileRules rules, boolean acceptsRepeats, Instant start, Instant stopOrNull, Sink sink) {
        this.keepsLastArrivedBeforeStart = rules.keepsLastArrivedBeforeStart();
        this.writesFirstMessagePastStop = rules.writesFirstMessagePastStop();
        this.acceptsRepeats = acceptsRepeats || Faults.isOn(Fault.WRITE_REPEATED_VALUES);
        this.startMicros = micros(start);
        this.sink = sink;
        setStop(stopOrNull);
    }

    public void setStop(Instant stopOrNull) {
        stopMicros = stopOrNull == null ? null : micros(stopOrNull);
    }

    /** True once a message past the stop was seen. */
    public boolean finished() {
        return finished;
    }

    /** Whether a message of this time may be kept past {@link #accept}: one from before the start. */
    public boolean mayKeep(long timeNs) {
        return Math.floorDiv(timeNs, 1000L) < startMicros;
    }

    public void accept(DecodedMessage message) {
        if (finished) {
            return;
        }
        long timeNs = message.timeNs();
        if (!acceptsRepeats && hasPrevious && timeNs == previousTimeNs) {
            return;
        }
        hasPrevious = true;
        previousTimeNs = timeNs;
        long time = Math.floorDiv(timeNs, 1000L);
        if (time < startMicros) {
            boolean olderThanBuffered = buffered != null && timeNs < buffered.timeNs();
            if (keepsLastArrivedBeforeStart || !olderThanBuffered) {
                buffered = message;
            }
        } else if (stopMicros == null || time <= stopMicros) {
            writeBuffered();
            sink.write(message, false);
        } else {
            writeBuffered();
            if (writesFirstMessagePastStop) {
                sink.write(message, false);
            }
            finished = true;
        }
    }

    /** The job ends: a message still buffered is written (flagged as buffered). */
    public void close() {
        writeBuffered();
    }

    private void writeBuffered() {
        if (buffered != null) {
            DecodedMessage message = buffered;
            buffered = null;
            if (!Faults.isOn(Fault.DROP_LAST_BEFORE_START)) {
                sink.write(message, true);
            }
        }
    }

    private static long micros(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
    }
}
