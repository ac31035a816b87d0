package lib.writers;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import lib.kafka.Kafka;
import lib.kafka.TopicReader;
import lib.kafka.Topics;
import lib.wire.Status;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * Writers are ready when every one is alive, the job-pool group is Stable with all of them in it and the
 * pool partition assigned, and each has published an x5f2 status on the command topic.
 */
public final class WriterReadiness implements AutoCloseable {
    static final String POOL_GROUP = "kafka-to-nexus-worker-pool";
    private static final byte[] STATUS_ID = Status.IDENTIFIER.getBytes(StandardCharsets.US_ASCII);

    private final WriterSetup setup;
    private final TopicReader statusReader;
    private final Admin admin;
    private final Set<String> servicesSeen = new TreeSet<>();
    private String groupSeen = "not described yet";

    /** Starts listening for status messages; create it before the writers start so none is missed. */
    public WriterReadiness(Kafka kafka, WriterSetup setup) {
        this.setup = setup;
        this.statusReader = TopicReader.fromEnd(kafka, setup.commandTopic());
        this.admin = Topics.admin(kafka);
    }

    /** Blocks until the writers are ready; throws naming the first writer that exited, or what was last seen. */
    public void await(List<? extends StartingWriter> writers, Duration timeout) {
        awaitReady(writers, writers, timeout);
    }

    /**
     * Blocks until {@code fresh}, started in the place of a writer that died, is ready among {@code writers} (which
     * hold it): every one alive, the pool group complete and a status from {@code fresh} (the others published theirs
     * long ago).
     */
    public void awaitReplacement(StartingWriter fresh, List<? extends StartingWriter> writers, Duration timeout) {
        awaitReady(writers, List.of(fresh), timeout);
    }

    private void awaitReady(
            List<? extends StartingWriter> writers, List<? extends StartingWriter> heardFrom, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (StartingWriter writer : writers) {
                if (!writer.isAlive()) {
                    String output = writer.lastLogLines(15);
                    throw new WriterStartException(writer.exitDescription() + " before it was ready; "
                            + (output.isBlank()
                                    ? "it printed nothing into " + writer.log() + "; run it by hand to see why"
                                    : "its last lines below say why (all of them: " + writer.log() + "):\n" + output));
                }
            }
            readStatuses();
            if (silentWriters(heardFrom).isEmpty() && poolGroupReady(writers.size())) {
                return;
            }
            if (System.nanoTime() > deadline) {
                throw new WriterStartException("writers not ready within " + timeout.toSeconds() + " s: "
                        + describe(heardFrom) + "; see the writer logs in " + setup.logFolder());
            }
        }
    }

    /**
     * Removes every member of the pool group when it has more than {@code liveWriters}: a writer that died never
     * left it, and until its session times out (10 s for the reference writer, 45 s for kafka-to-nexus) the group
     * waits for it and may keep the pool partition assigned to it. The live writers join again at once. Best effort:
     * without it the group only takes longer.
     */
    public void dropMembersOfDeadWriters(int liveWriters) {
        try {
            ConsumerGroupDescription group = describePoolGroup();
            if (group.members().size() > liveWriters) {
                admin.removeMembersFromConsumerGroup(POOL_GROUP, new RemoveMembersFromConsumerGroupOptions())
                        .all()
                        .get(5, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | TimeoutException e) {
            // The group waits for the dead member's session to time out instead.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriterStartException("interrupted while clearing the pool group");
        }
    }

    private ConsumerGroupDescription describePoolGroup()
            throws ExecutionException, TimeoutException, InterruptedException {
        return admin.describeConsumerGroups(List.of(POOL_GROUP))
                .all()
                .get(5, TimeUnit.SECONDS)
                .get(POOL_GROUP);
    }

    private String describe(List<? extends StartingWriter> writers) {
        return "no status on " + setup.commandTopic() + " from " + silentWriters(writers) + " (service ids seen: "
                + servicesSeen + "), group " + POOL_GROUP + ": " + groupSeen;
    }

    /** Writers without a status message yet; a writer's service id is its service name, at HEAD plus a suffix. */
    private List<String> silentWriters(List<? extends StartingWriter> writers) {
        return writers.stream()
                .map(StartingWriter::serviceName)
                .filter(name -> servicesSeen.stream().noneMatch(id -> isServiceIdOf(id, name)))
                .toList();
    }

    private static boolean isServiceIdOf(String serviceId, String serviceName) {
        return serviceId.startsWith(serviceName)
                && (serviceId.length() == serviceName.length()
                        || !Character.isDigit(serviceId.charAt(serviceName.length())));
    }

    private void readStatuses() {
        for (ConsumerRecord<byte[], byte[]> record : statusReader.poll(Duration.ofMillis(250))) {
            byte[] value = record.value();
            if (value != null && value.length >= 8 && Arrays.equals(value, 4, 8, STATUS_ID, 0, 4)) {
                try {
                    servicesSeen.add(Status.parse(value).serviceId());
                } catch (RuntimeException e) {
                    servicesSeen.add("unreadable x5f2 at offset " + record.offset());
                }
            }
        }
    }

    private boolean poolGroupReady(int expectedMembers) {
        try {
            ConsumerGroupDescription group = describePoolGroup();
            TopicPartition pool = new TopicPartition(setup.poolTopic(), 0);
            boolean assigned = group.members().stream()
                    .anyMatch(member -> member.assignment().topicPartitions().contains(pool));
            groupSeen = group.groupState() + " with " + group.members().size() + " members"
                    + (assigned ? ", " + pool + " assigned" : ", " + pool + " not assigned");
            return group.groupState() == GroupState.STABLE
                    && assigned
                    && group.members().size() >= expectedMembers;
        } catch (ExecutionException | TimeoutException e) {
            groupSeen = "could not be described (" + e.getMessage() + ")";
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriterStartException("interrupted while waiting for the writers");
        }
    }

    @Override
    public void close() {
        statusReader.close();
        admin.close();
    }
}
