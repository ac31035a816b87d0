package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import lib.nexus.NexusAssertions;
import lib.nexus.NexusFile;
import lib.wire.ActionResponse;
import lib.wire.ActionType;
import lib.wire.FinishedWriting;
import lib.wire.LogData;
import lib.wire.RunStart;
import lib.wire.RunStop;
import lib.wire.Value;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference writer is never more forgiving than the real one (decisions G2): each test is a probe that passed
 * against the old, lenient reference writer and fails if that leniency comes back (profile current).
 */
@ExtendWith(SelfTestKafka.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrictTimingTest {
    /** After the start's answer the writer looks its start offsets up at once; its late end comes at 650 ms. */
    private static final Duration BEFORE_THE_LATE_END = Duration.ofMillis(300);

    private static final Duration AFTER_THE_LATE_END = Duration.ofMillis(1_500);

    @TempDir
    static Path folder;

    private static WriterRig rig;
    private String control;

    @RegisterExtension
    final PrintWriterLogsOnFailure printLogs = new PrintWriterLogsOnFailure(() -> rig);

    @BeforeAll
    static void startWriter(Kafka kafka) {
        rig = WriterRig.create(kafka, "current", folder);
        rig.startWriter("strict_timing");
        rig.awaitPoolListened(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopWriter() {
        rig.close();
    }

    @BeforeEach
    void newControlTopic() {
        control = rig.newTopic("control");
    }

    /** protocol.md §4.6: the wrdn goes out while the file is still open for SWMR writing; it closes a little later. */
    @Test
    void theWrdnComesBeforeTheFileIsClosed() throws IOException {
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            RunStart job = rig.job(control).build();
            rig.sendJob(job);
            assertThat(controlLog.awaitAnswer("the start's answ", answer -> true).statusCode())
                    .isEqualTo(201);
            rig.send(control, RunStop.now(job.jobId()).toBytes());
            controlLog.awaitFinished(job.jobId());
            Path file = rig.output().resolve(job.filename());

            assertThat(consistencyFlags(file)).as("superblock flags right after the wrdn").isEqualTo((byte) 0x05);
            try (NexusFile closed = NexusFile.open(file)) {
                assertThat(consistencyFlags(file)).as("superblock flags once closed").isZero();
            }
        }
    }

    /**
     * protocol.md §6.1: with no record for the start time, reading begins at the partition's end as it is 0.45-0.65 s
     * after the assignment; what arrives in between is never read.
     */
    @Test
    void dataArrivingBeforeTheLateEndIsNeverRead() {
        String data = rig.newTopic("live");
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            RunStart job = rig.job(control).structure(f144Structure("live", data)).build();
            rig.sendJob(job);
            assertThat(controlLog.awaitAnswer("the start's answ", answer -> true).statusCode())
                    .isEqualTo(201);
            Instant answered = Instant.now();

            sendF144At(data, answered.plus(BEFORE_THE_LATE_END), 1);
            sendF144At(data, answered.plus(AFTER_THE_LATE_END), 2);
            pauseUntil(answered.plus(AFTER_THE_LATE_END).plusSeconds(1)); // time to read the second one
            rig.send(control, RunStop.now(job.jobId()).toBytes());
            controlLog.awaitFinished(job.jobId());

            try (NexusFile file = NexusFile.open(rig.output().resolve(job.filename()))) {
                NexusAssertions.assertThat(file).dataset("entry/live/value").hasValues(2.0);
            }
        }
    }

    /**
     * protocol.md §6.1, §9: a stop-now writes what was already read, not what the topic holds up to the stop; a
     * value held from before the start is still written.
     */
    @Test
    void aStopNowWritesWhatWasReadAndTheHeldValueButDoesNotReadOn() {
        String held = rig.newTopic("held");
        String live = rig.newTopic("live");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        rig.send(held, LogData.f144("held", start.minusSeconds(1), Value.ofDouble(-1)).toBytes(), start.minusSeconds(1));
        String structure = "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"children\":["
                + groupWithF144("held", held) + "," + groupWithF144("live", live) + "]}]}";
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            RunStart job = rig.job(control).structure(structure).start(start).build();
            rig.sendJob(job);
            assertThat(controlLog.awaitAnswer("the start's answ", answer -> true).statusCode())
                    .isEqualTo(201);
            pauseUntil(Instant.now().plus(BEFORE_THE_LATE_END));
            for (int i = 0; i < 20; i++) {
                Instant time = Instant.now();
                rig.send(live, LogData.f144("live", time, Value.ofDouble(i)).toBytes(), time);
            }
            rig.send(control, RunStop.now(job.jobId()).toBytes());
            FinishedWriting done = controlLog.awaitFinished(job.jobId());
            assertThat(done.errorEncountered()).as(done.message()).isFalse();
            // The job ends at once: after the stop's answer nothing but the wrdn follows.
            List<String> identifiers = controlLog.identifiers();
            assertThat(identifiers.subList(identifiers.size() - 2, identifiers.size()))
                    .containsExactly("answ", "wrdn");

            try (NexusFile file = NexusFile.open(rig.output().resolve(job.filename()))) {
                NexusAssertions.assertThat(file).dataset("entry/held/value").hasValues(-1.0);
                NexusAssertions.assertThat(file).dataset("entry/live/value").isEmpty();
            }
        }
    }

    /**
     * protocol.md §1.2: the default command topic is read by a consumer created at a job's first poll and kept; it
     * is not polled while idle, so a stop sent between jobs is read, and answered, at the next job's first poll.
     * Its group is named as HEAD names it and subscribed to the topic.
     */
    @Test
    @Order(Integer.MAX_VALUE) // last: against a writer without the lazy consumer its first job never ends
    void theDefaultCommandTopicIsReadLazilyUnderAGroupOfItsOwn() {
        try (TopicLog commandLog = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            RunStart first = rig.job(rig.commands).build();
            rig.sendJob(first);
            assertThat(commandLog.awaitAnswer("the first start's answ", answer -> true).statusCode())
                    .isEqualTo(201);
            String group = awaitCommandGroup();
            assertThat(group).matches("filewriter--streamer--host:.+--pid:\\d+--time:\\d+");
            awaitAnswered(commandLog, RunStop.now("probe " + UUID.randomUUID()));
            rig.send(rig.commands, RunStop.now(first.jobId()).toBytes());
            commandLog.awaitFinished(first.jobId());

            RunStop betweenJobs = RunStop.now("between jobs " + UUID.randomUUID());
            rig.send(rig.commands, betweenJobs.toBytes());
            RunStart second = rig.job(rig.commands).build();
            rig.sendJob(second);
            ActionResponse late = commandLog.awaitAnswer(
                    "the answer, during the next job, to the stop sent between jobs",
                    answer -> betweenJobs.commandId().equals(answer.commandId()));
            assertThat(late.statusCode()).isEqualTo(400);
            assertThat(late.message()).contains("job ID did not match");
            rig.send(rig.commands, RunStop.now(second.jobId()).toBytes());
            commandLog.awaitFinished(second.jobId());
        }
    }

    /** Resends {@code probe} (new command ids) until the writer answers one: its consumer reads the topic. */
    private static void awaitAnswered(TopicLog log, RunStop probe) {
        Awaitility.await("an answer to a probe stop on " + rig.commands)
                .atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    rig.send(rig.commands, RunStop.now(probe.jobId()).toBytes());
                    return log.collectFor(Duration.ofMillis(200)).stream()
                            .anyMatch(seen -> seen.message() instanceof ActionResponse answer
                                    && answer.action() == ActionType.SET_STOP_TIME
                                    && answer.jobId().equals(probe.jobId()));
                });
    }

    /** The group of the writer's command consumer, Stable and assigned the command topic. */
    private static String awaitCommandGroup() {
        try (Admin admin = Topics.admin(rig.kafka)) {
            return Awaitility.await("the writer's command consumer group, Stable with " + rig.commands)
                    .atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(100))
                    .until(() -> commandGroup(admin), group -> group != null);
        }
    }

    private static String commandGroup(Admin admin) throws Exception {
        Collection<ConsumerGroupListing> groups = admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS);
        for (ConsumerGroupListing listing : groups) {
            if (!listing.groupId().startsWith("filewriter--streamer--")) {
                continue;
            }
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(listing.groupId()))
                    .describedGroups()
                    .get(listing.groupId())
                    .get(5, TimeUnit.SECONDS);
            boolean readsCommands = description.members().stream()
                    .flatMap(member -> member.assignment().topicPartitions().stream())
                    .anyMatch(partition -> partition.topic().equals(rig.commands));
            if (readsCommands) {
                return listing.groupId();
            }
        }
        return null;
    }

    private static void sendF144At(String topic, Instant due, double value) {
        pauseUntil(due);
        Instant time = Instant.now();
        rig.send(topic, LogData.f144("live", time, Value.ofDouble(value)).toBytes(), time);
    }

    /** The test's own pacing: these probes are about when data arrives, not about a condition. */
    private static void pauseUntil(Instant due) {
        Awaitility.await("the clock to reach " + due)
                .atMost(Duration.between(Instant.now(), due).plusSeconds(5))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> !Instant.now().isBefore(due));
    }

    private static String f144Structure(String group, String topic) {
        return "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"children\":[" + groupWithF144(group, topic)
                + "]}]}";
    }

    private static String groupWithF144(String group, String topic) {
        return "{\"type\":\"group\",\"name\":\"" + group + "\",\"children\":[{\"module\":\"f144\",\"config\":{"
                + "\"topic\":\"" + topic + "\",\"source\":\"" + group + "\",\"dtype\":\"double\"}}]}";
    }

    private static byte consistencyFlags(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer flags = ByteBuffer.allocate(1);
            channel.read(flags, 11);
            return flags.get(0);
        }
    }
}
