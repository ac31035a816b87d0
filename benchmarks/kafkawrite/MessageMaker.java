
import java.time.Instant;
import java.util.Random;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Value;

/**
 * The messages of a workload, reproducible so the file check knows every value: ev44 messages cycle through a few
 * random event arrays (seeded), f144 message i holds the value i / 2.
 */
final class MessageMaker {
    private static final int DISTINCT_ARRAYS = 16;

    private final Workload workload;
    private final int[][] offsets = new int[DISTINCT_ARRAYS][];
    private final int[][] ids = new int[DISTINCT_ARRAYS][];

    MessageMaker(Workload workload) {
        this.workload = workload;
        if (workload.isEv44()) {
            Random random = new Random(42);
            for (int i = 0; i < DISTINCT_ARRAYS; i++) {
                offsets[i] =
                        random.ints(workload.eventsPerMessage(), 0, 70_000_000).toArray();
                ids[i] = random.ints(workload.eventsPerMessage(), 0, 1_000_000).toArray();
            }
        }
    }

    byte[] message(long index) {
        long timeNs = nanos(workload.messageTime(index));
        if (workload.isEv44()) {
            int which = (int) (index % DISTINCT_ARRAYS);
            return EventData.ev44("detector", index, timeNs, offsets[which], ids[which])
                    .toBytes();
        }
        return LogData.f144("motor", timeNs, Value.ofDouble(f144Value(index))).toBytes();
    }

    /** The event id the file holds at {@code position} of its event_id dataset. */
    int eventId(long position) {
        long message = position / workload.eventsPerMessage();
        return ids[(int) (message % DISTINCT_ARRAYS)][(int) (position % workload.eventsPerMessage())];
    }

    static double f144Value(long index) {
        return index * 0.5;
    }

    byte[] marker() {
        long timeNs = nanos(workload.markerTime());
        return workload.isEv44()
                ? EventData.ev44("detector", -1, timeNs, new int[] {1}, new int[] {1})
                        .toBytes()
                : LogData.f144("motor", timeNs, Value.ofDouble(-1)).toBytes();
    }

    private static long nanos(Instant time) {
        return time.getEpochSecond() * 1_000_000_000L + time.getNano();
    }
}
