///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.kafka:kafka-clients:4.1.1
//DEPS org.apache.kafka:kafka_2.13:4.1.1
//DEPS org.slf4j:slf4j-simple:1.7.36
//DEPS org.awaitility:awaitility:4.3.0
//DEPS org.assertj:assertj-core:3.27.7
//DEPS io.jhdf:jhdf:0.13.0
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS com.google.flatbuffers:flatbuffers-java:25.2.10
//SOURCES ../lib/logs/*.java
//SOURCES ../lib/kafka/*.java
//SOURCES ../lib/cache/*.java
//SOURCES ../lib/writers/*.java
//SOURCES ../lib/control/*.java
//SOURCES ../lib/waits/*.java
//SOURCES ../lib/nexus/*.java
//SOURCES ../lib/wire/**.java
//SOURCES WriterJvm.java

import io.jhdf.api.Dataset;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import lib.control.JobStatus;
import lib.control.StartedJob;
import lib.control.WorkerPool;
import lib.control.WorkerPoolSettings;
import lib.control.WriteJob;
import lib.kafka.EmbeddedKafka;
import lib.kafka.FileTrees;
import lib.kafka.Topics;
import lib.nexus.NexusFile;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Profile;
import lib.wire.Value;
import lib.writers.ReferenceWriterBuild;
import lib.writers.WriterProcess;
import lib.writers.WriterProcesses;
import lib.writers.WriterProgram;
import lib.writers.WriterSetup;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * End-to-end write throughput of the reference writer (decisions D4): pre-fills data topics of an embedded
 * broker, measures the broker's own read ceiling with a plain consumer, then has ONE reference writer process
 * (started as the runner starts it) write each topic in a job whose window covers the data, timed from the job's
 * start command to its wrdn. Reports the writer as a ratio of the ceiling, its peak heap, and checks the files.
 */
@Command(
        name = "kafka_write_benchmark",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "End-to-end write benchmark: embedded Kafka -> one reference writer -> HDF5 (issue 5, D4).",
            "Run from the repository root: ./jbang benchmarks/kafka_write_benchmark.java"
        })
public class kafka_write_benchmark implements Callable<Integer> {
    static final String POOL_TOPIC = "test_filewriter_pool";
    static final String STATUS_TOPIC = "test_filewriter_status";
    static final String CONTROL_TOPIC = "benchmark_control";
    /** The job window: historical, so the writer ends each partition at the marker record after the stop. */
    static final Instant WINDOW_START = Instant.parse("2020-06-01T00:00:00Z");

    static final Duration EV44_SPACING = Duration.ofMillis(1);
    static final Duration F144_SPACING = Duration.ofNanos(10_000);
    static final Duration TIME_AFTER_STOP = Duration.ofSeconds(10);

    @Option(
            names = "--events",
            defaultValue = "10000000",
            description = "ev44 events to write (default: ${DEFAULT-VALUE})")
    long events;

    @Option(names = "--events-per-message", defaultValue = "10000", description = "default: ${DEFAULT-VALUE}")
    int eventsPerMessage;

    @Option(
            names = "--f144-messages",
            defaultValue = "1000000",
            description = "default: ${DEFAULT-VALUE}; 0 skips f144")
    int f144Messages;

    @Option(
            names = "--compare-sizes",
            description = "also write 10 x --events in a second ev44 job, to compare peak heap")
    boolean compareSizes;

    @Option(
            names = "--heap-sample-ms",
            defaultValue = "100",
            description = "jstat interval (default: ${DEFAULT-VALUE})")
    int heapSampleMs;

    @Option(
            names = "--job-timeout",
            defaultValue = "PT10M",
            description = "longest wait for one job's wrdn (default: ${DEFAULT-VALUE})")
    Duration jobTimeout;

    @Option(names = "--keep", description = "keep the work folder (broker log, writer log, output files)")
    boolean keep;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "where the writer writes its files (in a new folder, removed at the end unless --keep;"
                    + " default: the work folder in the system temp folder); its raw write speed is printed")
    Path outputDir;

    @Option(
            names = "--jfr",
            paramLabel = "FILE",
            description = "record the writer's jobs with Java Flight Recorder"
                    + " (settings=profile) into FILE, to see where its time goes")
    Path jfr;

    public static void main(String... args) {
        CommandLine commandLine = new CommandLine(new kafka_write_benchmark())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("kafka_write_benchmark: " + (e.getMessage() == null ? e : e.getMessage()));
                    return 1;
                });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path repo = repoRoot();
        if (events <= 0 || eventsPerMessage <= 0 || events % eventsPerMessage != 0) {
            throw new IllegalArgumentException(
                    "--events must be a positive multiple of --events-per-message (" + eventsPerMessage + ")");
        }
        List<Workload> workloads = new ArrayList<>();
        workloads.add(Workload.ev44("benchmark_ev44", events, eventsPerMessage));
        if (compareSizes) {
            workloads.add(Workload.ev44("benchmark_ev44_x10", events * 10, eventsPerMessage));
        }
        if (f144Messages > 0) {
            workloads.add(Workload.f144("benchmark_f144", f144Messages));
        }
        Path work = Files.createTempDirectory("kafka-write-benchmark-");
        // Quiet Kafka clients of this JVM: their warnings go to a file in the work folder.
        System.setProperty(
                "org.slf4j.simpleLogger.logFile", work.resolve("clients.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try (Cleanup cleanup = new Cleanup()) {
            cleanup.add(keep ? () -> System.out.println("kept: " + work) : () -> FileTrees.deleteQuietly(work));
            System.out.printf(
                    Locale.ROOT,
                    "machine: %d cores, load average %.2f before the run%n",
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage());
            EmbeddedKafka kafka = cleanup.add(EmbeddedKafka.start(work.resolve("broker.log")));
            List<String> topics = new ArrayList<>(List.of(POOL_TOPIC, STATUS_TOPIC, CONTROL_TOPIC));
            workloads.forEach(workload -> topics.add(workload.topic()));
            Topics.create(kafka, topics);
            System.out.println("broker: " + kafka.bootstrapServers() + ", topics created (1 partition, 300 MB limits)");

            List<Result> results = new ArrayList<>();
            for (Workload workload : workloads) {
                Rate produced = Prefill.run(kafka.bootstrapServers(), workload);
                System.out.println("pre-filled " + workload.label() + ": " + produced.describe());
                results.add(new Result(workload, produced));
            }
            for (Result result : results) {
                result.ceiling = Ceiling.measure(kafka.bootstrapServers(), result.workload.topic());
                System.out.println("broker ceiling " + result.workload.label() + ": " + result.ceiling.describe());
            }

            Path output = outputFolder(work, cleanup);
            long largest =
                    results.stream().mapToLong(r -> r.produced.bytes()).max().orElse(0);
            System.out.println("output folder " + output + ": " + DiskSpeed.measure(output, largest));
            WriterSetup setup = new WriterSetup(
                    Profile.CURRENT, kafka.bootstrapServers(), POOL_TOPIC, STATUS_TOPIC, output, work, 1, false, null);
            System.out.println("writer: starting one reference writer (profile current)");
            ReferenceWriterBuild.prepare(repo, work.resolve("writer-build.log"));
            WriterProcesses writers = cleanup.add(WriterProcesses.start(
                    kafka, setup, WriterProgram.referenceWriter(repo, Profile.CURRENT), System.out));
            WriterProcess writer = writers.writers().get(0);
            long javaPid = JavaProcess.find(writer.pid());
            System.out.println("writer: ready, JVM PID " + javaPid + ", log " + writer.log());
            WriterJvm jvm = WriterJvm.attach(javaPid, work.resolve("writer-gc.log"));
            if (jfr != null) {
                cleanup.add(jvm.startFlightRecording(jfr.toAbsolutePath()));
            }
            WorkerPoolSettings poolSettings = WorkerPoolSettings.of(POOL_TOPIC, STATUS_TOPIC)
                    .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120));
            WorkerPool pool = cleanup.add(WorkerPool.open(kafka, poolSettings));
            for (Result result : results) {
                pool.waitIdle(1, Duration.ofSeconds(60));
                runJob(pool, jvm, javaPid, output, result, cleanup);
                System.out.println("writer " + result.workload.label() + ": " + result.describeWriter());
            }
            Report.print(results);
            return results.stream().allMatch(result -> result.verified) ? 0 : 1;
        }
    }

    private void runJob(WorkerPool pool, WriterJvm jvm, long javaPid, Path output, Result result, Cleanup cleanup) {
        Workload workload = result.workload;
        String fileName = "benchmark_" + workload.topic() + ".nxs";
        WriteJob job = WriteJob.of(fileName, workload.structure(), WINDOW_START, workload.stop())
                .with(pl72 -> pl72.controlTopic(CONTROL_TOPIC));
        jvm.collect();
        long gcLogFrom = jvm.logPosition();
        HeapSampler heap = cleanup.add(HeapSampler.start(javaPid, heapSampleMs));
        long started = System.nanoTime();
        StartedJob running = pool.startJob(job);
        JobStatus done = running.job().awaitDone(jobTimeout);
        result.writerSeconds = (System.nanoTime() - started) / 1e9;
        result.heap = heap.stop(jvm.collectionsSince(gcLogFrom));
        result.writtenCount = Verify.count(output.resolve(fileName), workload);
        result.verified = result.writtenCount == workload.expectedCount();
        if (!done.message().isEmpty()) {
            System.out.println("wrdn message: " + done.message());
        }
    }

    /** A new folder in --output-dir (removed at the end unless --keep), or one in the work folder. */
    private Path outputFolder(Path work, Cleanup cleanup) throws IOException {
        if (outputDir == null) {
            return Files.createDirectories(work.resolve("output-files"));
        }
        if (!Files.isDirectory(outputDir)) {
            throw new IllegalArgumentException("--output-dir " + outputDir + " is not a folder; create it first");
        }
        Path folder = Files.createTempDirectory(outputDir.toAbsolutePath(), "kafka-write-benchmark-output-");
        cleanup.add(keep ? () -> System.out.println("kept: " + folder) : () -> FileTrees.deleteQuietly(folder));
        return folder;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The repository root: the current folder or the nearest parent holding file_writer.java and lib/. */
    private static Path repoRoot() {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            if (Files.exists(folder.resolve("file_writer.java")) && Files.isDirectory(folder.resolve("lib"))) {
                return folder;
            }
        }
        throw new IllegalArgumentException("run from the repository: no file_writer.java here or in a parent folder");
    }

    /** One data topic and the job that writes it. */
    record Workload(String kind, String topic, long messages, int eventsPerMessage) {
        static Workload ev44(String topic, long events, int eventsPerMessage) {
            return new Workload("ev44", topic, events / eventsPerMessage, eventsPerMessage);
        }

        static Workload f144(String topic, long messages) {
            return new Workload("f144", topic, messages, 1);
        }

        boolean isEv44() {
            return kind.equals("ev44");
        }

        String label() {
            return kind + " " + Report.scientific(expectedCount()) + (isEv44() ? " events" : " messages");
        }

        /** Events for ev44, values for f144: what the file must hold. */
        long expectedCount() {
            return messages * eventsPerMessage;
        }

        Duration spacing() {
            return isEv44() ? EV44_SPACING : F144_SPACING;
        }

        /** Message i's time: the data sits 1 s after the window's start, one spacing apart. */
        Instant messageTime(long index) {
            return WINDOW_START.plusSeconds(1).plus(spacing().multipliedBy(index));
        }

        Instant stop() {
            return messageTime(messages).plusSeconds(1);
        }

        /** The marker after the stop: a real stream goes on past the stop; the writer ends the partition on it. */
        Instant markerTime() {
            return stop().plus(TIME_AFTER_STOP).plusSeconds(1);
        }

        String group() {
            return isEv44() ? "events" : "motion";
        }

        String countedDataset() {
            return "/entry/" + group() + (isEv44() ? "/event_id" : "/value");
        }

        String structure() {
            String source = isEv44() ? "detector" : "motor";
            return """
                {"children": [{"type": "group", "name": "entry", "attributes": {"NX_class": "NXentry"},
                  "children": [{"type": "group", "name": "%s",
                    "children": [{"module": "%s", "config": {"topic": "%s", "source": "%s"}}]}]}]}"""
                    .formatted(group(), kind, topic, source);
        }
    }

    /** A measured rate: count of messages and bytes over a time. */
    record Rate(long messages, long bytes, double seconds) {
        double messagesPerSecond() {
            return messages / seconds;
        }

        double megabytesPerSecond() {
            return bytes / seconds / 1e6;
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%d messages, %.1f MB in %.2f s: %.0f messages/s, %.1f MB/s",
                    messages,
                    bytes / 1e6,
                    seconds,
                    messagesPerSecond(),
                    megabytesPerSecond());
        }
    }

    /** Everything measured for one workload. */
    static final class Result {
        final Workload workload;
        final Rate produced;
        Rate ceiling;
        double writerSeconds;
        HeapPeak heap;
        long writtenCount = -1;
        boolean verified;

        Result(Workload workload, Rate produced) {
            this.workload = workload;
            this.produced = produced;
        }

        /** The writer's rate over the data messages (the marker is left out). */
        Rate writer() {
            return new Rate(workload.messages(), produced.bytes(), writerSeconds);
        }

        /** ev44 is judged in MB/s, f144 in messages/s (D4). */
        double ratio() {
            return workload.isEv44()
                    ? writer().megabytesPerSecond() / ceiling.megabytesPerSecond()
                    : writer().messagesPerSecond() / ceiling.messagesPerSecond();
        }

        double ratioTarget() {
            return workload.isEv44() ? 0.6 : 0.4;
        }

        double absolute() {
            return workload.expectedCount() / writerSeconds;
        }

        double absoluteTarget() {
            return workload.isEv44() ? 20e6 : 200_000;
        }

        String describeWriter() {
            String rate = workload.isEv44()
                    ? String.format(
                            Locale.ROOT, "%.2f M events/s, %.1f MB/s", absolute() / 1e6, writer().megabytesPerSecond())
                    : String.format(Locale.ROOT, "%.0f messages/s", absolute());
            return String.format(
                    Locale.ROOT,
                    "job start -> wrdn %.2f s: %s = %.2f x ceiling; peak heap %s;" + " file holds %d of %d %s",
                    writerSeconds,
                    rate,
                    ratio(),
                    heap.describe(),
                    writtenCount,
                    workload.expectedCount(),
                    workload.isEv44() ? "events" : "values");
        }
    }

    /** Writes a workload's messages, timed until the last is acknowledged, then the marker. */
    static final class Prefill {
        private static final int DISTINCT_ARRAYS = 16;

        static Rate run(String bootstrapServers, Workload workload) {
            Map<String, Object> settings = Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class,
                    ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                    ByteArraySerializer.class,
                    ProducerConfig.ACKS_CONFIG,
                    "1",
                    ProducerConfig.LINGER_MS_CONFIG,
                    5,
                    ProducerConfig.BATCH_SIZE_CONFIG,
                    1024 * 1024,
                    ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                    16 * 1024 * 1024,
                    ProducerConfig.BUFFER_MEMORY_CONFIG,
                    64L * 1024 * 1024);
            AtomicReference<Exception> failure = new AtomicReference<>();
            MessageMaker maker = new MessageMaker(workload);
            long bytes = 0;
            long started = System.nanoTime();
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings)) {
                for (long i = 0; i < workload.messages() && failure.get() == null; i++) {
                    byte[] value = maker.message(i);
                    bytes += value.length;
                    send(producer, workload.topic(), workload.messageTime(i), value, failure);
                }
                producer.flush();
                double seconds = (System.nanoTime() - started) / 1e9;
                send(producer, workload.topic(), workload.markerTime(), maker.marker(), failure);
                producer.flush();
                if (failure.get() != null) {
                    throw new IllegalStateException(
                            "pre-filling " + workload.topic() + " failed: "
                                    + failure.get().getMessage(),
                            failure.get());
                }
                return new Rate(workload.messages(), bytes, seconds);
            }
        }

        private static void send(
                KafkaProducer<byte[], byte[]> producer,
                String topic,
                Instant time,
                byte[] value,
                AtomicReference<Exception> failure) {
            producer.send(new ProducerRecord<>(topic, null, time.toEpochMilli(), null, value), (metadata, error) -> {
                if (error != null) {
                    failure.compareAndSet(null, error);
                }
            });
        }

        /** ev44 messages cycle through a few random event arrays; every f144 value is new. */
        static final class MessageMaker {
            private final Workload workload;
            private final int[][] offsets = new int[DISTINCT_ARRAYS][];
            private final int[][] ids = new int[DISTINCT_ARRAYS][];

            MessageMaker(Workload workload) {
                this.workload = workload;
                if (workload.isEv44()) {
                    Random random = new Random(42);
                    for (int i = 0; i < DISTINCT_ARRAYS; i++) {
                        offsets[i] = random.ints(workload.eventsPerMessage(), 0, 70_000_000)
                                .toArray();
                        ids[i] = random.ints(workload.eventsPerMessage(), 0, 1_000_000)
                                .toArray();
                    }
                }
            }

            byte[] message(long index) {
                long timeNs = nanos(workload.messageTime(index));
                if (workload.isEv44()) {
                    int which = (int) (index % DISTINCT_ARRAYS);
                    return EventData.ev44("detector", index, timeNs, offsets[which], ids[which])
                            .toBytes();
                }
                return LogData.f144("motor", timeNs, Value.ofDouble(index * 0.5))
                        .toBytes();
            }

            byte[] marker() {
                long timeNs = nanos(workload.markerTime());
                return workload.isEv44()
                        ? EventData.ev44("detector", -1, timeNs, new int[] {1}, new int[] {1})
                                .toBytes()
                        : LogData.f144("motor", timeNs, Value.ofDouble(-1)).toBytes();
            }

            private static long nanos(Instant time) {
                return time.getEpochSecond() * 1_000_000_000L + time.getNano();
            }
        }
    }

    /** The broker's read ceiling: a plain consumer with the writer's fetch settings, best of two reads. */
    static final class Ceiling {
        static Rate measure(String bootstrapServers, String topic) {
            Rate first = readAll(bootstrapServers, topic);
            Rate second = readAll(bootstrapServers, topic);
            return first.seconds() <= second.seconds() ? first : second;
        }

        private static Rate readAll(String bootstrapServers, String topic) {
            Map<String, Object> settings = Map.of(
                    ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                    bootstrapServers,
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                    ByteArrayDeserializer.class,
                    ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                    ByteArrayDeserializer.class,
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                    false,
                    // the most a plain consumer gains from (the writer fetches 4 MiB, see writer/kafka/KafkaClients)
                    ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG,
                    16 * 1024 * 1024,
                    // as the writer: the kernel sizes the socket buffer (Kafka's 64 KiB default slows large fetches)
                    ConsumerConfig.RECEIVE_BUFFER_CONFIG,
                    -1,
                    ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                    10_000);
            TopicPartition partition = new TopicPartition(topic, 0);
            try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(settings)) {
                consumer.assign(List.of(partition));
                long end = consumer.endOffsets(List.of(partition), Duration.ofSeconds(30))
                        .get(partition);
                consumer.seekToBeginning(List.of(partition));
                long messages = 0;
                long bytes = 0;
                long started = System.nanoTime();
                long deadline = started + Duration.ofMinutes(10).toNanos();
                while (consumer.position(partition) < end) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("reading " + topic + " took over 10 minutes; at offset "
                                + consumer.position(partition) + " of " + end);
                    }
                    for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                        messages++;
                        bytes += record.value().length;
                    }
                }
                return new Rate(messages, bytes, (System.nanoTime() - started) / 1e9);
            }
        }
    }

    /**
     * The raw write speed of a folder, as context for the writer's rate (the headline stays writer / ceiling): the
     * same number of bytes written with a FileChannel in 4 MiB blocks and closed, no fsync (the writer does not
     * sync either), so it is the rate of the page cache and whatever the kernel flushes meanwhile.
     */
    static final class DiskSpeed {
        private static final int BLOCK = 4 * 1024 * 1024;

        static String measure(Path folder, long bytes) throws IOException {
            if (bytes <= 0) {
                return "no data to compare with";
            }
            Path file = folder.resolve("raw-write-speed.bin");
            ByteBuffer block = ByteBuffer.allocateDirect(BLOCK);
            new Random(1).ints(BLOCK / 4).forEach(block::putInt);
            long started = System.nanoTime();
            try (FileChannel channel =
                    FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                for (long written = 0; written < bytes; ) {
                    block.clear().limit((int) Math.min(BLOCK, bytes - written));
                    while (block.hasRemaining()) {
                        written += channel.write(block);
                    }
                }
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            Files.delete(file);
            return String.format(
                    Locale.ROOT,
                    "raw write speed %.0f MB/s (%.1f MB with a FileChannel in 4 MiB blocks, no fsync, %.2f s)",
                    bytes / seconds / 1e6,
                    bytes / 1e6,
                    seconds);
        }
    }

    /** The JVM behind a writer's PID: the launcher execs java, but a wrapper may leave it a child. */
    static final class JavaProcess {
        static long find(long pid) {
            ProcessHandle process = ProcessHandle.of(pid)
                    .orElseThrow(() -> new IllegalStateException("writer PID " + pid + " is gone"));
            if (isJava(process)) {
                return pid;
            }
            return process.descendants()
                    .filter(JavaProcess::isJava)
                    .findFirst()
                    .map(ProcessHandle::pid)
                    .orElseThrow(() -> new IllegalStateException("no java process at or below writer PID " + pid));
        }

        private static boolean isJava(ProcessHandle process) {
            return process.info()
                    .command()
                    .map(command -> command.endsWith("/java"))
                    .orElse(false);
        }
    }

    /**
     * Heap of the writer's JVM from {@code jstat -gc} samples: used = S0U + S1U + EU + OU (all generations), old =
     * OU, capacity = S0C + S1C + EC + OC. Samples miss the instants between them, so the job's GC log completes
     * them: the used heap peaks just before a collection or at the end of the job (see WriterJvm).
     */
    static final class HeapSampler implements AutoCloseable {
        private final Process jstat;
        private final Thread reader;
        private volatile double peakUsedKb;
        private volatile double peakOldKb;
        private volatile double peakCapacityKb;
        private volatile int samples;

        private HeapSampler(Process jstat) {
            this.jstat = jstat;
            this.reader = new Thread(this::read, "jstat-reader");
            reader.setDaemon(true);
            reader.start();
        }

        static HeapSampler start(long pid, int intervalMs) {
            try {
                Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), Integer.toString(intervalMs))
                        .redirectErrorStream(true)
                        .start();
                return new HeapSampler(jstat);
            } catch (IOException e) {
                throw new UncheckedIOException("could not run jstat (a JDK's bin folder must be on PATH)", e);
            }
        }

        private void read() {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
                List<String> header = null;
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    List<String> fields = List.of(line.trim().split("\\s+"));
                    if (fields.contains("EU")) {
                        header = fields;
                    } else if (header != null && fields.size() == header.size()) {
                        take(header, fields);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // jstat was stopped, or printed something unexpected: the peaks so far stand.
            }
        }

        private void take(List<String> header, List<String> fields) {
            double old = value(header, fields, "OU");
            double used =
                    value(header, fields, "S0U") + value(header, fields, "S1U") + value(header, fields, "EU") + old;
            double capacity = value(header, fields, "S0C")
                    + value(header, fields, "S1C")
                    + value(header, fields, "EC")
                    + value(header, fields, "OC");
            peakUsedKb = Math.max(peakUsedKb, used);
            peakOldKb = Math.max(peakOldKb, old);
            peakCapacityKb = Math.max(peakCapacityKb, capacity);
            samples++;
        }

        private static double value(List<String> header, List<String> fields, String column) {
            return Double.parseDouble(fields.get(header.indexOf(column)));
        }

        /** Stops sampling; the job's collections complete what the samples saw. */
        HeapPeak stop(WriterJvm.Collections pauses) {
            close();
            // A job shorter than one sample interval, without a collection, leaves its peak unknown.
            boolean seen = samples > 0 || pauses.count > 0;
            return new HeapPeak(
                    seen ? Math.max(peakUsedKb / 1024, pauses.largestBeforeMb) : -1,
                    pauses.count == 0 ? -1 : pauses.largestAfterMb,
                    peakOldKb / 1024,
                    peakCapacityKb / 1024,
                    samples,
                    pauses.count);
        }

        @Override
        public void close() {
            jstat.destroy();
            try {
                reader.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /**
     * A job's heap: the peak used (jstat samples and the sizes before each collection) and the largest heap left
     * after a collection (what the job retained), each -1 when nothing saw it; the largest old generation and heap
     * size sampled.
     */
    record HeapPeak(double usedMb, double afterGcMb, double oldMb, double capacityMb, int samples, int collections) {
        String used() {
            return megabytes(usedMb);
        }

        String afterGc() {
            return megabytes(afterGcMb);
        }

        private static String megabytes(double mb) {
            return mb < 0 ? "-" : String.format(Locale.ROOT, "%.0f", mb);
        }

        String describe() {
            return String.format(
                    Locale.ROOT,
                    "%s MB used, %s MB after GC (old gen %.0f MB, heap size %.0f MB; %d jstat samples, %d"
                            + " collections)",
                    used(),
                    afterGc(),
                    oldMb,
                    capacityMb,
                    samples,
                    collections);
        }
    }

    /** Counts what the file holds, read with jhdf: the length of event_id (ev44) or value (f144). */
    static final class Verify {
        static long count(Path file, Workload workload) {
            try (NexusFile nexus = NexusFile.open(file)) {
                Dataset dataset = nexus.dataset(workload.countedDataset())
                        .orElseThrow(
                                () -> new IllegalStateException(file + " has no dataset " + workload.countedDataset()));
                int[] dimensions = dataset.getDimensions();
                return dimensions.length == 0 ? 0 : dimensions[0];
            }
        }
    }

    /** The final table. */
    static final class Report {
        static void print(List<Result> results) {
            System.out.println();
            System.out.printf(
                    Locale.ROOT,
                    "%-22s %14s %15s %20s %6s %6s %18s %18s %8s%n",
                    "workload",
                    "producer",
                    "broker ceiling",
                    "writer (start->wrdn)",
                    "ratio",
                    "target",
                    "absolute (target)",
                    "heap used/after GC",
                    "file");
            for (Result r : results) {
                boolean ev44 = r.workload.isEv44();
                String absolute = ev44
                        ? String.format(Locale.ROOT, "%.1f M ev/s (20 M)", r.absolute() / 1e6)
                        : String.format(Locale.ROOT, "%.0f k/s (200 k)", r.absolute() / 1e3);
                System.out.printf(
                        Locale.ROOT,
                        "%-22s %14s %15s %20s %6s %6s %18s %18s %8s%n",
                        r.workload.label(),
                        brief(r.produced, ev44),
                        brief(r.ceiling, ev44),
                        brief(r.writer(), ev44),
                        String.format(Locale.ROOT, "%.2f", r.ratio()),
                        String.format(Locale.ROOT, ">=%.1f", r.ratioTarget()),
                        absolute,
                        r.heap.used() + "/" + r.heap.afterGc() + " MB",
                        r.verified ? "ok" : "MISMATCH");
            }
            System.out.printf(
                    Locale.ROOT,
                    "ratio: writer / ceiling in MB/s for ev44, in messages/s for f144;"
                            + " MB = 10^6 bytes of message values; load average now %.2f%n",
                    loadAverage());
        }

        private static String brief(Rate rate, boolean ev44) {
            return ev44
                    ? String.format(Locale.ROOT, "%.0f MB/s", rate.megabytesPerSecond())
                    : String.format(Locale.ROOT, "%.0f k msg/s", rate.messagesPerSecond() / 1e3);
        }

        static String scientific(long count) {
            int exponent = (int) Math.floor(Math.log10(count));
            return count == (long) Math.pow(10, exponent) ? "1e" + exponent : Long.toString(count);
        }
    }

    /**
     * Closes what was started in reverse order, on the normal path and on Ctrl-C (one shutdown hook, so the
     * writer stops before the broker and both before the work folder is deleted).
     */
    static final class Cleanup implements AutoCloseable {
        private final Deque<AutoCloseable> resources = new ArrayDeque<>();
        private final Thread hook = new Thread(this::closeAll, "benchmark-cleanup");
        private boolean closed;

        Cleanup() {
            Runtime.getRuntime().addShutdownHook(hook);
        }

        synchronized <T extends AutoCloseable> T add(T resource) {
            resources.push(resource);
            return resource;
        }

        private synchronized void closeAll() {
            if (closed) {
                return;
            }
            closed = true;
            while (!resources.isEmpty()) {
                try {
                    resources.pop().close();
                } catch (Exception e) {
                    System.err.println("cleanup: " + e.getMessage());
                }
            }
        }

        @Override
        public void close() {
            closeAll();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook finds everything closed.
            }
        }
    }
}
