package selftests.writer.protocol;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import lib.kafka.ConfirmingProducer;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import lib.wire.RunStart;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.awaitility.Awaitility;

/**
 * One protocol scenario's world: its own pool and command topics on the shared broker, the writers it started and a
 * producer. Topic names are unique, so scenarios never see each other's traffic.
 */
final class WriterRig implements AutoCloseable {
    static final String POOL_GROUP = "kafka-to-nexus-worker-pool";
    static final Duration STATUS_INTERVAL = Duration.ofSeconds(1);

    final Kafka kafka;
    final String profile;
    final String pool;
    final String commands;
    final Path folder;
    private final List<WriterProcess> writers = new ArrayList<>();
    private final ConfirmingProducer producer;

    private WriterRig(Kafka kafka, String profile, Path folder) {
        this.kafka = kafka;
        this.profile = profile;
        this.folder = folder;
        this.pool = newTopic("pool");
        this.commands = newTopic("commands");
        this.producer = ConfirmingProducer.connect(kafka);
    }

    static WriterRig create(Kafka kafka, String profile, Path folder) {
        return new WriterRig(kafka, profile, folder);
    }

    /** A freshly created topic with a unique name. */
    String newTopic(String prefix) {
        String name = prefix + "_" + UUID.randomUUID().toString().substring(0, 8);
        Topics.create(kafka, List.of(name));
        return name;
    }

    /** The command line the harness uses for this profile (decisions A10), plus test extras. */
    List<String> arguments(String serviceName, String... extra) {
        List<String> arguments = new ArrayList<>(List.of("--profile", profile));
        if ("2022".equals(profile)) {
            arguments.addAll(List.of(
                    "--job-pool-uri",
                    kafka.bootstrapServers() + "/" + pool,
                    "--command-status-uri",
                    kafka.bootstrapServers() + "/" + commands));
        } else {
            arguments.addAll(List.of(
                    "--brokers",
                    kafka.bootstrapServers(),
                    "--job-pool-topic",
                    pool,
                    "--command-status-topic",
                    commands));
        }
        arguments.addAll(List.of(
                "--service-name",
                serviceName,
                "--hdf-output-prefix",
                output().toString(),
                "--status-master-interval",
                STATUS_INTERVAL.toMillis() + "ms",
                "-v",
                "Trace"));
        arguments.addAll(List.of(extra));
        return arguments;
    }

    Path output() {
        return folder.resolve("output");
    }

    WriterProcess startWriter(String serviceName, String... extra) {
        try {
            Files.createDirectories(output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        WriterProcess writer = WriterProcess.start(folder, logFile(folder, serviceName), arguments(serviceName, extra));
        writers.add(writer);
        return writer;
    }

    /**
     * Writer logs go into the scenario's temporary folder, which the runner keeps when the test fails (JUnit's
     * temp-dir cleanup mode ON_SUCCESS in self-test runs).
     */
    static Path logFile(Path folder, String serviceName) {
        Path logs = folder.resolve("writer-logs");
        try {
            Files.createDirectories(logs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return logs.resolve(serviceName + "-" + UUID.randomUUID().toString().substring(0, 4) + ".log");
    }

    void send(String topic, byte[] message) {
        producer.send(topic, message);
    }

    /** Sends with the given Kafka time, as data sources do (catalogue §1.4). */
    void send(String topic, byte[] message, Instant kafkaTime) {
        producer.send(topic, message, kafkaTime.toEpochMilli());
    }

    /**
     * Sends many records at once on a producer that batches them (the broker has them all on return); each is a
     * value and its Kafka time.
     */
    void sendAll(String topic, List<Map.Entry<byte[], Instant>> records) {
        Map<String, Object> settings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.bootstrapServers(),
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG,
                "all",
                ProducerConfig.BATCH_SIZE_CONFIG,
                1024 * 1024,
                ProducerConfig.LINGER_MS_CONFIG,
                5);
        try (KafkaProducer<byte[], byte[]> bulk = new KafkaProducer<>(settings)) {
            List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
            for (Map.Entry<byte[], Instant> record : records) {
                sent.add(bulk.send(
                        new ProducerRecord<>(topic, null, record.getValue().toEpochMilli(), null, record.getKey())));
            }
            bulk.flush();
            for (Future<RecordMetadata> each : sent) {
                each.get(60, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("could not send to " + topic + ": " + e, e);
        }
    }

    void sendJob(RunStart start) {
        send(pool, start.toBytes());
    }

    /** A job the writer accepts: static structure, a control topic, no stop time unless set later. */
    RunStart.Builder job(String controlTopic) {
        String id = UUID.randomUUID().toString();
        return RunStart.builder()
                .jobId(id)
                .filename(id + ".nxs")
                .broker(kafka.bootstrapServers())
                .structure("{\"children\":[]}")
                .controlTopic(controlTopic)
                .metadata("{}");
    }

    /**
     * Waits until a writer listens to the pool: its group committed a starting point there (the writer commits it
     * when it gets the partition), so a job sent now is seen.
     */
    void awaitPoolListened(Duration timeout) {
        TopicPartition partition = new TopicPartition(pool, 0);
        AtomicReference<Map<TopicPartition, OffsetAndMetadata>> lastSeen = new AtomicReference<>(Map.of());
        try (Admin admin = Topics.admin(kafka)) {
            Awaitility.await("a writer listening to pool " + pool)
                    .atMost(timeout)
                    .pollInterval(Duration.ofMillis(100))
                    .conditionEvaluationListener(condition -> {
                        if (condition.getRemainingTimeInMS() <= 0) {
                            throw new AssertionError("no writer listens to pool " + pool + "; the group's offsets: "
                                    + lastSeen.get() + "; writer logs:\n" + logs());
                        }
                    })
                    .until(() -> {
                        lastSeen.set(admin.listConsumerGroupOffsets(POOL_GROUP)
                                .partitionsToOffsetAndMetadata()
                                .get(5, TimeUnit.SECONDS));
                        return lastSeen.get().get(partition) != null;
                    });
        }
    }

    String logs() {
        StringBuilder text = new StringBuilder();
        for (WriterProcess writer : writers) {
            text.append("--- writer ")
                    .append(writer.pid())
                    .append('\n')
                    .append(writer.logTail())
                    .append('\n');
        }
        return text.toString();
    }

    @Override
    public void close() {
        writers.forEach(WriterProcess::close);
        producer.close();
    }
}
