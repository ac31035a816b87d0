package selftests.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import lib.fixtures.SelfTestKafka;
import lib.kafka.ConfirmingProducer;
import lib.kafka.ExternalKafka;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import lib.kafka.Topics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(SelfTestKafka.class)
class ExternalKafkaTest {

    @Test
    void anUnreachableAddressFailsNamingIt() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String address = "127.0.0.1:" + closedPort;
        assertThatThrownBy(() -> ExternalKafka.connect(address, Duration.ofSeconds(2)))
                .hasMessageStartingWith("--kafka " + address + ": no broker answered within 2 s");
    }

    @Test
    void recreatingTopicsEmptiesThemAndLeavesOthersAlone(Kafka embedded) {
        String ours = "recreated_" + UUID.randomUUID().toString().substring(0, 8);
        String theirs = "untouched_" + UUID.randomUUID().toString().substring(0, 8);
        try (Kafka kafka = ExternalKafka.connect(embedded.bootstrapServers(), Duration.ofSeconds(10))) {
            Topics.create(kafka, List.of(ours, theirs));
            try (ConfirmingProducer producer = ConfirmingProducer.connect(kafka)) {
                producer.send(ours, new byte[] {1});
                producer.send(theirs, new byte[] {2});
            }
            Topics.recreate(kafka, List.of(ours));
            try (TopicReader reader = TopicReader.fromBeginning(kafka, ours)) {
                assertThat(reader.poll(Duration.ofSeconds(1))).isEmpty();
            }
            try (TopicReader reader = TopicReader.fromBeginning(kafka, theirs)) {
                assertThat(reader.awaitRecord("the other topic's record", r -> true, Duration.ofSeconds(10))
                                .value())
                        .containsExactly(2);
            }
        }
    }
}
