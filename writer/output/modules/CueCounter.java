package writer.output.modules;

import writer.output.hdf5.H5Group;
import writer.profile.CueTypes;

/**
 * Counts the items a module writes (messages or events) and cues the last item of a write once more than
 * {@code interval} items follow the last cue (§5.6): with an interval of n, every n-th item. The comparison is
 * {@code written > lastCue + interval} in 64-bit arithmetic, as the modules always made it.
 */
final class CueCounter {
    private final CueDatasets cues;
    private final long interval;
    private long written;
    private long lastCue;

    /** No item cued yet. */
    CueCounter(H5Group group, CueTypes types, long chunk, long interval) {
        this(group, types, chunk, interval, -1);
    }

    /** @param lastCue the index counted from: -1, or 0 where the first item counts as cued (2022's ev42) */
    CueCounter(H5Group group, CueTypes types, long chunk, long interval, long lastCue) {
        this.cues = new CueDatasets(group, types, chunk);
        this.interval = interval;
        this.lastCue = lastCue;
    }

    /** The items written so far. */
    long written() {
        return written;
    }

    /** {@code items} more were written, the last of them at {@code lastItemTimeNs}. */
    void add(long items, long lastItemTimeNs) {
        written += items;
        if (items > 0 && written > lastCue + interval) {
            lastCue = written - 1;
            cues.add(lastCue, lastItemTimeNs);
        }
    }
}
