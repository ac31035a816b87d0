package selftests.runner;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lib.wire.Status;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The least a writer does to look ready: join the job-pool group and publish x5f2 every interval. Started by
 * {@link WriterPoolTest} as a "local build" so the launching and readiness machinery is tested on real processes.
 * Understands only the current profile's options.
 */
public final class StandInWriter {
    public static void main(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        String brokers = options.get("--brokers");
        Map<String, Object> consumerSettings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ConsumerConfig.GROUP_ID_CONFIG,
                "kafka-to-nexus-worker-pool",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class);
        Map<String, Object> producerSettings = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                brokers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                ByteArraySerializer.class);
        Status status = new Status(
                "stand-in",
                "0",
                options.get("--service-name"),
                "localhost",
                ProcessHandle.current().pid(),
                Duration.ofSeconds(2),
                "{}");
        sayThroughSyslog(System.getenv("STAND_IN_SYSLOG"), "stand-in writer " + options.get("--service-name") + " up");
        try (KafkaConsumer<byte[], byte[]> pool = new KafkaConsumer<>(consumerSettings);
                KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerSettings)) {
            leaveThePoolOnTermination(pool);
            pool.subscribe(List.of(options.get("--job-pool-topic")));
            long nextStatus = 0;
            while (true) {
                try {
                    pool.poll(Duration.ofMillis(100));
                } catch (WakeupException e) {
                    return; // closing the consumer below leaves the group
                }
                if (System.nanoTime() >= nextStatus) {
                    producer.send(new ProducerRecord<>(options.get("--command-status-topic"), status.toBytes()));
                    nextStatus = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                }
            }
        }
    }

    /**
     * On SIGTERM, wakes the main loop and waits until it has closed the pool consumer: a member that vanished
     * without leaving would hold up the next group join of a later self-test for the whole session timeout.
     */
    private static void leaveThePoolOnTermination(KafkaConsumer<byte[], byte[]> pool) {
        Thread mainThread = Thread.currentThread();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            pool.wakeup();
            try {
                mainThread.join(Duration.ofSeconds(5).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }));
    }

    /** Logs one line as kafka-to-nexus does at HEAD: syslog(3) over a stream socket, NUL-terminated. */
    private static void sayThroughSyslog(String socket, String line) {
        if (socket == null) {
            return;
        }
        String message =
                "<14>Nov 25 17:00:00 kafka-to-nexus[" + ProcessHandle.current().pid() + "]: " + line + "\0";
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(socket));
            channel.write(ByteBuffer.wrap(message.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            System.err.println("stand-in: no syslog at " + socket + ": " + e.getMessage());
        }
    }
}
