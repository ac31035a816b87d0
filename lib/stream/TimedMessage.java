package lib.stream;

import lib.wire.DataMessage;

/** A message with the topic it goes to. */
public record TimedMessage(String topic, DataMessage message) {

    /** The Kafka record time: the message time in ms, as the catalogue's tests publish it (§1.4). */
    public long kafkaTimeMs() {
        return Math.floorDiv(message.messageTimeNs(), 1_000_000L);
    }
}
