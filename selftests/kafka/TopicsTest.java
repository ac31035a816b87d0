package selftests.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import lib.fixtures.SelfTestKafka;
import lib.kafka.ConfirmingProducer;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import lib.kafka.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@ExtendWith(SelfTestKafka.class)
class TopicsTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static String uniqueTopic(String prefix) {
        return prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void createsTopicsThatAreVisibleAtOnce(Kafka kafka) {
        List<String> names = List.of(uniqueTopic("created_a"), uniqueTopic("created_b"));
        Topics.create(kafka, names);
        assertThat(Topics.existing(kafka)).containsAll(names);
        Topics.create(kafka, names); // creating again is harmless
    }

    @Test
    void aRecordGoesThroughAndBack(Kafka kafka) {
        String topic = uniqueTopic("probe");
        Topics.create(kafka, List.of(topic));
        byte[] value = "hello".getBytes(StandardCharsets.UTF_8);
        try (TopicReader reader = TopicReader.fromEnd(kafka, topic);
                ConfirmingProducer producer = ConfirmingProducer.connect(kafka)) {
            producer.send(topic, value);
            assertThat(reader.awaitRecord("the record sent", r -> true, WAIT).value())
                    .isEqualTo(value);
        }
    }

    @Test
    void readsFromAPointInTimeIncludingHistoricalTimestamps(Kafka kafka) {
        String topic = uniqueTopic("historical");
        Topics.create(kafka, List.of(topic));
        long year2014 = Instant.parse("2014-01-01T00:00:00Z").toEpochMilli();
        try (ConfirmingProducer producer = ConfirmingProducer.connect(kafka)) {
            producer.send(topic, new byte[] {1}, 1_000L); // 1970: must not be rejected
            producer.send(topic, new byte[] {2}, year2014);
        }
        try (TopicReader reader = TopicReader.fromTime(kafka, topic, Instant.ofEpochMilli(year2014))) {
            ConsumerRecord<byte[], byte[]> first = reader.awaitRecord("a record", r -> true, WAIT);
            assertThat(first.value()).containsExactly(2);
            assertThat(first.timestamp()).isEqualTo(year2014);
        }
    }

    @ParameterizedTest(name = "{0} MiB")
    @ValueSource(ints = {1, 64})
    void largeRecordsGoThroughAndBack(int mebibytes, Kafka kafka) {
        String topic = uniqueTopic("large");
        Topics.create(kafka, List.of(topic));
        byte[] value = new byte[mebibytes * 1024 * 1024];
        new Random(mebibytes).nextBytes(value);
        try (ConfirmingProducer producer = ConfirmingProducer.connect(kafka)) {
            producer.send(topic, value);
        }
        try (TopicReader reader = TopicReader.fromBeginning(kafka, topic)) {
            assertThat(reader.awaitRecord("the large record", r -> true, WAIT).value())
                    .isEqualTo(value);
        }
    }
}
