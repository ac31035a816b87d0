package selftests.stream;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import lib.fixtures.SelfTestKafka;
import lib.kafka.ConfirmingProducer;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import lib.kafka.Topics;
import lib.stream.EventDraws;
import lib.stream.EventSettings;
import lib.stream.LogSettings;
import lib.stream.LogValues;
import lib.stream.Pace;
import lib.stream.PulseSettings;
import lib.stream.StreamPlan;
import lib.stream.StreamReport;
import lib.stream.StreamStructure;
import lib.stream.Streamer;
import lib.waits.Waits;
import lib.wire.DataMessage;
import lib.wire.Messages;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The streamer against a real broker: every message arrives, in order, with Kafka time = message time; pacing. */
@ExtendWith(SelfTestKafka.class)
class StreamerTest {
    private static final Instant START = Instant.parse("2021-03-01T08:00:00Z");

    private static StreamPlan plan(String topic, Duration duration) {
        LogSettings logs = new LogSettings("f144", "pv_", 3, 10, topic, LogValues.RAMP);
        EventSettings events =
                new EventSettings("ev44", "det", topic, new PulseSettings(14, 10, 1), EventDraws.DEFAULT);
        return new StreamPlan(START, duration, logs, events, null);
    }

    private static String freshTopic(Kafka kafka) {
        String topic = "stream_" + UUID.randomUUID().toString().substring(0, 8);
        Topics.create(kafka, List.of(topic));
        return topic;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(Kafka kafka, String topic, long count) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        try (TopicReader reader = TopicReader.fromBeginning(kafka, topic)) {
            Waits.until(
                    count + " records on " + topic,
                    Duration.ofSeconds(30),
                    () -> records.addAll(reader.poll(Duration.ofMillis(200))) && records.size() >= count
                            || records.size() >= count,
                    () -> records.size() + " records read");
        }
        return records;
    }

    @Test
    void every_message_arrives_in_order_with_kafka_time_from_the_message(Kafka kafka) {
        String topic = freshTopic(kafka);
        StreamReport report;
        try (ConfirmingProducer producer = ConfirmingProducer.connectForStreaming(kafka)) {
            report = new Streamer(producer, Pace.UNLIMITED, null)
                    .stream(plan(topic, Duration.ofSeconds(2)).schedule());
        }

        List<ConsumerRecord<byte[], byte[]>> records = readAll(kafka, topic, 88);

        assertThat(report.messages()).isEqualTo(3 * 20 + 28);
        assertThat(report.events()).isEqualTo(28 * 10);
        assertThat(records).hasSize(88);
        Map<String, List<Long>> timesBySource = new LinkedHashMap<>();
        for (ConsumerRecord<byte[], byte[]> record : records) {
            DataMessage message = (DataMessage) Messages.parse(record.value());
            assertThat(record.timestamp()).isEqualTo(Math.floorDiv(message.messageTimeNs(), 1_000_000L));
            timesBySource
                    .computeIfAbsent(message.sourceName(), source -> new ArrayList<>())
                    .add(message.messageTimeNs());
        }
        assertThat(timesBySource).containsOnlyKeys("pv_0", "pv_1", "pv_2", "det");
        assertThat(timesBySource.get("pv_1")).hasSize(20).isSorted().doesNotHaveDuplicates();
        assertThat(timesBySource.get("det")).hasSize(28).isSorted();
        assertThat(timesBySource.get("pv_0").get(0)).isEqualTo(START.getEpochSecond() * 1_000_000_000L);
    }

    @Test
    void a_speed_factor_sends_seconds_of_data_in_a_fraction_of_the_time(Kafka kafka) {
        String topic = freshTopic(kafka);
        StreamReport report;
        try (ConfirmingProducer producer = ConfirmingProducer.connectForStreaming(kafka)) {
            report = new Streamer(producer, Pace.parse("4"), null)
                    .stream(plan(topic, Duration.ofSeconds(4)).schedule());
        }

        // The last message lies 3.93 s of data time after the first: due 0.98 s after the start at 4x.
        assertThat(report.wallTime()).isBetween(Duration.ofMillis(950), Duration.ofMillis(2500));
        assertThat(report.messages()).isEqualTo(3 * 40 + 56);
        assertThat(readAll(kafka, topic, 176)).hasSize(176);
    }

    @Test
    void the_structure_has_a_group_per_source_with_its_module() throws Exception {
        String json = StreamStructure.of(
                plan("topic", Duration.ofSeconds(1)).schedule().specs());

        JsonNode groups = new ObjectMapper().readTree(json).at("/children/0/children");
        assertThat(groups).hasSize(4);
        assertThat(groups.get(0).at("/name").asText()).isEqualTo("pv_0");
        assertThat(groups.get(0).at("/children/0/module").asText()).isEqualTo("f144");
        assertThat(groups.get(0).at("/children/0/config/source").asText()).isEqualTo("pv_0");
        assertThat(groups.get(3).at("/attributes/NX_class").asText()).isEqualTo("NXevent_data");
        assertThat(groups.get(3).at("/children/0/module").asText()).isEqualTo("ev44");
        assertThat(StreamStructure.groupPath("motor:x/rbv")).isEqualTo("entry/motor_x_rbv");
    }
}
