package selftests.writer.output;

import lib.wire.Message;

/** One Kafka record for the replay: topic, Kafka timestamp (ms) and the serialised message. */
record Recorded(String topic, long kafkaTimestampMs, byte[] value) {
    /** A record whose Kafka time equals the message time, as in the upstream domain tests. */
    static Recorded at(String topic, long timestampMs, Message message) {
        return new Recorded(topic, timestampMs, message.toBytes());
    }

    static Recorded at(String topic, long timestampMs, byte[] value) {
        return new Recorded(topic, timestampMs, value);
    }
}
