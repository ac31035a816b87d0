package lib.fuzz;

/**
 * One message of an input: its bytes, where they go and the record timestamp (ms) they were sent with, so that a
 * replay puts them on the topic exactly as they were.
 */
public record Send(Destination destination, byte[] bytes, long timestampMs) {
    public Send {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    public int size() {
        return bytes.length;
    }

    /** The same message stamped with another record timestamp. */
    public Send at(long newTimestampMs) {
        return new Send(destination, bytes, newTimestampMs);
    }
}
