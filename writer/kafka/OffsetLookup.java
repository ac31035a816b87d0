package writer.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.CloseOptions;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Topic, partition and offset look-ups on a consumer of their own that never fetches. A broker answers one
 * connection's requests in order, so a look-up sent by a consumer that is reading waits behind its long-poll fetch
 * (up to fetch.max.wait.ms, 500 ms): asked here, it is answered at once. Main-loop thread only.
 */
public final class OffsetLookup implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;

    public OffsetLookup(KafkaClients clients, String brokers) {
        this.consumer = clients.metadataConsumer(brokers);
    }

    public Set<String> topics(Duration timeout) {
        return consumer.listTopics(timeout).keySet();
    }

    /** Every partition of {@code topic}; empty if the topic does not exist. */
    public List<TopicPartition> partitions(String topic, Duration timeout) {
        List<TopicPartition> partitions = new ArrayList<>();
        List<PartitionInfo> infos = consumer.partitionsFor(topic, timeout);
        if (infos != null) {
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    /** The first offset at or after each time; null for a partition with no such record. */
    public Map<TopicPartition, OffsetAndTimestamp> offsetsForTimes(Map<TopicPartition, Long> times, Duration timeout) {
        return consumer.offsetsForTimes(times, timeout);
    }

    /** The offset the next record of each partition will get. */
    public Map<TopicPartition, Long> endOffsets(Collection<TopicPartition> partitions, Duration timeout) {
        return consumer.endOffsets(partitions, timeout);
    }

    /** Makes a look-up in progress return at once (from any thread): the writer is shutting down. */
    public void wakeUp() {
        consumer.wakeup();
    }

    @Override
    public void close() {
        consumer.close(CloseOptions.timeout(Duration.ZERO));
    }
}
