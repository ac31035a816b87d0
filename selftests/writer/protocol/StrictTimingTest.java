package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import lib.nexus.DataValues;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The reference writer is never more forgiving than the real one (decisions G2): each test is a probe that passed
 * against the old, lenient reference writer and fails if that leniency comes back (profile current).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StrictTimingTest extends OneCurrentWriter {
    /** After the start's answer the writer looks its start offsets up at once; its late end comes at 650 ms. */
    private static final Duration BEFORE_THE_LATE_END = Duration.ofMillis(300);

    private static final Duration AFTER_THE_LATE_END = Duration.ofMillis(1_500);

    /** Records on the data topic when a stop-now is read: ten of the writer's data polls (10 000 records each). */
    private static final int BACKLOG = 100_000;

    /** The value of the record behind the backlog. */
    private static final double LAST = -999;

    /** Far more than a writer needs to read a topic's one record from where its time look-up put it. */
    private static final Duration TIME_TO_READ_ONE_RECORD = Duration.ofMillis(1_500);

    private String control;

    @BeforeAll
    static void startWriter(Kafka kafka) {
        startTheWriter(kafka, "strict_timing");
    }

    @BeforeEach
    void newControlTopic() {
        control = rig.newTopic("control");
    }

    /**
     * protocol.md §4.6: the wrdn goes out while the file is still open for SWMR writing; it is closed a little later,
     * and then read-only. The file's superblock is watched from before the stop, so the test's own reaction time does
     * not count: the file must be seen open after the moment the writer sent the wrdn (its Kafka time).
     */
    @Test
    void theWrdnComesBeforeTheFileIsClosed() throws Exception {
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            RunStart job = rig.job(control).build();
            rig.sendJob(job);
            assertThat(controlLog
                            .awaitAnswer("the start's answ", answer -> true)
                            .statusCode())
                    .isEqualTo(201);
            Path file = rig.output().resolve(job.filename());
            assertThat(consistencyFlags(file))
                    .as("superblock flags while writing")
                    .isEqualTo((byte) 0x05);
            AtomicLong lastSeenOpenMs = new AtomicLong();
            Thread watcher = new Thread(() -> watchUntilClosed(file, lastSeenOpenMs), "superblock watcher");
            watcher.start();
            try {
                rig.send(control, RunStop.now(job.jobId()).toBytes());
                controlLog.awaitFinished(job.jobId());
                watcher.join(NexusFile.OPEN_DEADLINE.toMillis());
            } finally {
                watcher.interrupt();
            }
            long wrdnSentMs = controlLog.seen().stream()
                    .filter(seen -> seen.message() instanceof FinishedWriting)
                    .findFirst()
                    .orElseThrow()
                    .timestamp();
            assertThat(lastSeenOpenMs.get())
                    .as("when the file was last seen open, against the wrdn's Kafka time %d", wrdnSentMs)
                    .isGreaterThan(wrdnSentMs);
            try (NexusFile closed = NexusFile.open(file)) {
                assertThat(consistencyFlags(file))
                        .as("superblock flags once closed")
                        .isZero();
            }
            assertThat(Files.getPosixFilePermissions(file))
                    .as("the closed file's mode")
                    .isEqualTo(PosixFilePermissions.fromString("r--r--r--"));
        }
    }

    /**
     * Reads the superblock's flags every millisecond until they say closed; {@code lastSeenOpenMs} is the clock
     * before the last read that found the file open, so the file was open at or after it.
     */
    private static void watchUntilClosed(Path file, AtomicLong lastSeenOpenMs) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                long before = System.currentTimeMillis();
                if (consistencyFlags(file) == 0) {
                    return;
                }
                lastSeenOpenMs.set(before);
                Thread.sleep(1);
            }
        } catch (IOException | InterruptedException e) {
            // the test's checks say what is missing
        }
    }

    /**
     * protocol.md §6.1: with no record for the start time, reading begins at the partition's end as it is 0.45-0.65 s
     * after the assignment; what arrives in between is never read. A topic that had a record for the start time is
     * read from there, so what arrives on it at once is read.
     */
    @Test
    void dataArrivingBeforeTheLateEndIsNeverRead() {
        String empty = rig.newTopic("empty");
        String used = rig.newTopic("used");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        sendF144(used, "used", start.minusSeconds(1), 10);
        String structure = structureOf(groupWithF144("empty", empty), groupWithF144("used", used));
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            RunStart job = rig.job(control).structure(structure).start(start).build();
            rig.sendJob(job);
            assertThat(controlLog
                            .awaitAnswer("the start's answ", answer -> true)
                            .statusCode())
                    .isEqualTo(201);
            Instant answered = Instant.now();

            pauseUntil(answered.plus(BEFORE_THE_LATE_END));
            sendF144(empty, "empty", Instant.now(), 1);
            sendF144(used, "used", Instant.now(), 11);
            pauseUntil(answered.plus(AFTER_THE_LATE_END));
            sendF144(empty, "empty", Instant.now(), 2);
            pauseUntil(answered.plus(AFTER_THE_LATE_END).plusSeconds(1)); // time to read it
            rig.send(control, RunStop.now(job.jobId()).toBytes());
            controlLog.awaitFinished(job.jobId());

            try (NexusFile file = NexusFile.open(rig.output().resolve(job.filename()))) {
                NexusAssertions.assertThat(file).dataset("entry/empty/value").hasValues(2.0);
                NexusAssertions.assertThat(file).dataset("entry/used/value").hasValues(10.0, 11.0);
            }
        }
    }

    /**
     * protocol.md §6.1: a stop-now writes what was already read, not what the topic holds up to the stop, and the
     * job ends at once. The stop is on the control topic before the job starts (it is read from the start time), and
     * the data topic holds far more than the writer reads before its first command polls have found the stop (one
     * to three of its polls of 10 000 records), so the records at its end were published before the stop and cannot
     * have been read.
     */
    @Test
    void aStopNowDoesNotReadOnToTheTopicsEnd() {
        String data = rig.newTopic("backlog");
        Instant start = Instant.now().minusSeconds(3).truncatedTo(ChronoUnit.MILLIS);
        List<Map.Entry<byte[], Instant>> records = new ArrayList<>();
        for (int i = 0; i < BACKLOG; i++) {
            Instant time = start.plus(i * 10L, ChronoUnit.MICROS);
            records.add(Map.entry(LogData.f144("live", time, Value.ofDouble(i)).toBytes(), time));
        }
        Instant last = start.plusSeconds(2);
        records.add(Map.entry(LogData.f144("live", last, Value.ofDouble(LAST)).toBytes(), last));
        rig.sendAll(data, records);
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            RunStart job = rig.job(control)
                    .structure(structureOf(groupWithF144("live", data)))
                    .start(start)
                    .build();
            rig.send(control, RunStop.now(job.jobId()).toBytes());
            rig.sendJob(job);
            awaitStoppedNow(controlLog, job);

            try (NexusFile file = NexusFile.open(rig.output().resolve(job.filename()))) {
                double[] live = values(file, "entry/live/value");
                assertThat(live.length)
                        .as("records written of the %d the topic held at the stop", BACKLOG + 1)
                        .isLessThan(BACKLOG);
                for (int i = 0; i < live.length; i++) {
                    assertThat(live[i]).as("record %d", i).isEqualTo(i);
                }
            }
        }
    }

    /**
     * protocol.md §6.1, §9: at a stop-now, a message a source filter still holds (the last one before the start,
     * §6.2) is written, as at any job end. (HEAD main-162d07c loses it or crashes.) The stop comes once the writer
     * has had ample time to read the topic's one record.
     */
    @Test
    void aStopNowWritesTheValueHeldFromBeforeTheStart() {
        String held = rig.newTopic("held");
        Instant start = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        sendF144(held, "held", start.minusSeconds(1), -1);
        try (TopicLog controlLog = TopicLog.fromEnd(rig.kafka, control)) {
            RunStart job = rig.job(control)
                    .structure(structureOf(groupWithF144("held", held)))
                    .start(start)
                    .build();
            rig.sendJob(job);
            assertThat(controlLog
                            .awaitAnswer("the start's answ", answer -> true)
                            .statusCode())
                    .isEqualTo(201);
            pauseUntil(Instant.now().plus(TIME_TO_READ_ONE_RECORD));
            rig.send(control, RunStop.now(job.jobId()).toBytes());
            awaitStoppedNow(controlLog, job);

            try (NexusFile file = NexusFile.open(rig.output().resolve(job.filename()))) {
                assertThat(values(file, "entry/held/value"))
                        .as("the value held from before the start")
                        .containsExactly(-1.0);
            }
        }
    }

    /** The stop-now's 201, then the wrdn without an error and with nothing between them. */
    private static void awaitStoppedNow(TopicLog controlLog, RunStart job) {
        ActionResponse stopAnswer =
                controlLog.awaitAnswer("the stop's answ", answer -> answer.action() == ActionType.SET_STOP_TIME);
        assertThat(stopAnswer.statusCode()).as(stopAnswer.message()).isEqualTo(201);
        FinishedWriting done = controlLog.awaitFinished(job.jobId());
        assertThat(done.errorEncountered()).as(done.message()).isFalse();
        List<String> identifiers = controlLog.identifiers();
        assertThat(identifiers.subList(identifiers.size() - 2, identifiers.size()))
                .as("the job ends at once: after the stop's answer only the wrdn")
                .containsExactly("answ", "wrdn");
    }

    private static double[] values(NexusFile file, String path) {
        return DataValues.of(file.dataset(path).orElseThrow(() -> new AssertionError("no dataset " + path)))
                .doubles();
    }

    /**
     * protocol.md §1.2: the default command topic is read by a consumer created at a job's first poll, subscribed at
     * latest under a group named as HEAD names it, so a stop sent right after the start's answer is never seen; once
     * created it stays and is not polled while idle, so a stop sent between jobs is read, and answered, at the next
     * job's first poll.
     */
    @Test
    @Order(Integer.MAX_VALUE) // last: against a writer without the lazy consumer its first job never ends
    void theDefaultCommandTopicIsReadLazilyUnderAGroupOfItsOwn() {
        try (TopicLog commandLog = TopicLog.fromEnd(rig.kafka, rig.commands)) {
            RunStart first = rig.job(rig.commands).build();
            rig.sendJob(first);
            assertThat(commandLog
                            .awaitAnswer("the first start's answ", answer -> true)
                            .statusCode())
                    .isEqualTo(201);
            RunStop tooEarly = RunStop.now(first.jobId());
            rig.send(rig.commands, tooEarly.toBytes());
            String group = awaitCommandGroup();
            assertThat(group).matches("filewriter--streamer--host:.+--pid:\\d+--time:\\d+");
            awaitAnswered(commandLog, RunStop.now("probe " + UUID.randomUUID()));
            assertThat(commandLog.all(ActionResponse.class))
                    .as("answers to the stop sent right after the start's answ")
                    .noneMatch(answer -> tooEarly.commandId().equals(answer.commandId()));
            assertThat(commandLog.all(FinishedWriting.class)).as("wrdns").isEmpty();
            RunStop stop = RunStop.now(first.jobId());
            rig.send(rig.commands, stop.toBytes());
            assertThat(commandLog
                            .awaitAnswer("the answer to the stop sent after the probe's", answer -> stop.commandId()
                                    .equals(answer.commandId()))
                            .statusCode())
                    .isEqualTo(201);
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
        Collection<ConsumerGroupListing> groups =
                admin.listConsumerGroups().all().get(5, TimeUnit.SECONDS);
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

    private static void sendF144(String topic, String source, Instant time, double value) {
        rig.send(topic, LogData.f144(source, time, Value.ofDouble(value)).toBytes(), time);
    }

    /** The test's own pacing: these probes are about when data arrives, not about a condition. */
    private static void pauseUntil(Instant due) {
        Awaitility.await("the clock to reach " + due)
                .atMost(Duration.between(Instant.now(), due).plusSeconds(5))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> !Instant.now().isBefore(due));
    }

    private static String structureOf(String... groups) {
        return "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"children\":[" + String.join(",", groups)
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
