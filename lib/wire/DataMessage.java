package lib.wire;

/**
 * A data message. The writer routes it by (identifier, {@link #sourceName()}) and orders and filters it by
 * {@link #messageTimeNs()} (protocol.md, "Timestamp and source of each data message"), not by the Kafka time.
 */
public sealed interface DataMessage extends Message
        permits TimestampedData, EventData, SampleEnvironment, ChopperTimestamps {

    String sourceName();

    /** The message time in ns since the epoch; 0 makes the writer discard the message. */
    long messageTimeNs();
}
