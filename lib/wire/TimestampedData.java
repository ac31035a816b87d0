package lib.wire;

import java.time.Instant;

/** A data message whose message time is its one {@code timestamp} field (ns precision on the wire). */
public sealed interface TimestampedData extends DataMessage
        permits LogData, EpicsConnection, Alarm, Histogram, AreaDetectorArray, DataArray {

    Instant timestamp();

    @Override
    default long messageTimeNs() {
        return Times.toNanos(timestamp());
    }
}
