package lib.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lib.waits.Waits;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Creating and removing the harness's topics: one partition each, records up to 300 MB (decisions A7). */
public final class Topics {
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private Topics() {}

    public static Admin admin(Kafka kafka) {
        return admin(kafka.bootstrapServers());
    }

    static Admin admin(String bootstrapServers) {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                (int) TIMEOUT.toMillis()));
    }

    /** Creates the topics that do not exist yet and returns once every one of them is visible. */
    public static void create(Kafka kafka, Collection<String> names) {
        try (Admin admin = admin(kafka)) {
            create(admin, names);
        }
    }

    /** Deletes those of the topics that exist, waits until they are gone, then creates all of them anew. */
    public static void recreate(Kafka kafka, Collection<String> names) {
        try (Admin admin = admin(kafka)) {
            Set<String> present = new HashSet<>(names);
            present.retainAll(existing(admin));
            if (!present.isEmpty()) {
                try {
                    complete(admin.deleteTopics(present).all(), "deleting topics " + present);
                } catch (IllegalStateException e) {
                    if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                        throw e;
                    }
                }
                Waits.await("deletion of topics " + present)
                        .atMost(TIMEOUT)
                        .polling(Duration.ofMillis(100))
                        .lastSeen(() -> "Topics present: " + existing(admin))
                        .onTimeout(IllegalStateException::new)
                        .until(() -> !containsAny(existing(admin), present));
            }
            create(admin, names);
        }
    }

    /**
     * The largest record timestamp on the topic (over all its partitions), or empty when it holds no record or does
     * not exist.
     */
    public static Optional<Instant> newestRecordTime(Kafka kafka, String topic) {
        try (Admin admin = admin(kafka)) {
            if (!existing(admin).contains(topic)) {
                return Optional.empty();
            }
            TopicDescription description = complete(
                    admin.describeTopics(List.of(topic)).topicNameValues().get(topic), "describing " + topic);
            Map<TopicPartition, OffsetSpec> newest = new HashMap<>();
            description
                    .partitions()
                    .forEach(p -> newest.put(new TopicPartition(topic, p.partition()), OffsetSpec.maxTimestamp()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> found =
                    complete(admin.listOffsets(newest).all(), "looking up the newest record of " + topic);
            return found.values().stream()
                    .map(ListOffsetsResult.ListOffsetsResultInfo::timestamp)
                    .filter(timestamp -> timestamp >= 0)
                    .max(Long::compare)
                    .map(Instant::ofEpochMilli);
        }
    }

    public static Set<String> existing(Kafka kafka) {
        try (Admin admin = admin(kafka)) {
            return existing(admin);
        }
    }

    private static void create(Admin admin, Collection<String> names) {
        List<NewTopic> topics = names.stream()
                .map(name -> new NewTopic(name, 1, (short) 1)
                        .configs(Map.of(
                                TopicConfig.MAX_MESSAGE_BYTES_CONFIG, Integer.toString(KafkaLimits.MAX_MESSAGE_BYTES),
                                TopicConfig.RETENTION_MS_CONFIG, "-1",
                                TopicConfig.RETENTION_BYTES_CONFIG, "-1")))
                .toList();
        admin.createTopics(topics).values().forEach((name, future) -> {
            try {
                complete(future, "creating topic " + name);
            } catch (IllegalStateException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        });
        Waits.await("topics " + names + " to exist")
                .atMost(TIMEOUT)
                .polling(Duration.ofMillis(50))
                .lastSeen(() -> "Topics present: " + existing(admin))
                .onTimeout(IllegalStateException::new)
                .until(() -> existing(admin).containsAll(names));
    }

    private static Set<String> existing(Admin admin) {
        return complete(admin.listTopics().names(), "listing topics");
    }

    private static boolean containsAny(Set<String> set, Set<String> candidates) {
        return candidates.stream().anyMatch(set::contains);
    }

    private static <T> T complete(org.apache.kafka.common.KafkaFuture<T> future, String what) {
        try {
            return future.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException(what + ": no answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + what, e);
        }
    }
}
