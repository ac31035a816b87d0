package writer.cli;

/** A 2022-style {@code host[:port][/topic]} address; the port defaults to 9092 as in kafka-to-nexus. */
record KafkaUri(String hostPort, String topic) {

    static KafkaUri parse(String option, String text) {
        String trimmed = text.trim();
        if (trimmed.startsWith("//")) {
            trimmed = trimmed.substring(2);
        }
        int slash = trimmed.indexOf('/');
        String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
        String topic = slash < 0 ? "" : trimmed.substring(slash + 1);
        if (address.isEmpty() || topic.isEmpty() || topic.contains("/")) {
            throw new IllegalArgumentException(
                    option + " \"" + text + "\": expected host[:port]/topic, e.g. localhost:9092/my_topic");
        }
        return new KafkaUri(address.contains(":") ? address : address + ":9092", topic);
    }
}
