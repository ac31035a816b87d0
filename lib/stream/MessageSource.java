package lib.stream;

import lib.wire.DataMessage;

/**
 * One source's messages in time order, made on demand so that hours of data never sit in memory at once. Its
 * span ({@link #firstTimeNs()} .. {@link #lastTimeNs()}) and {@link #count()} are known before the first message.
 */
public interface MessageSource {

    SourceSpec spec();

    /** How many messages the source sends in all. */
    long count();

    /** The message time (ns since the epoch) of its first message. */
    long firstTimeNs();

    /** The message time of its last message. */
    long lastTimeNs();

    boolean hasNext();

    /** The time of the message {@link #next()} returns; only while {@link #hasNext()}. */
    long nextTimeNs();

    DataMessage next();
}
