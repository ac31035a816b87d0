package lib.kafka;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * Entry point of the broker's child JVM (started by {@link EmbeddedKafka}). Formats storage in the given
 * folder, starts a combined broker+controller, prints {@code BOOTSTRAP host:port} on stdout and runs until its
 * stdin closes (the parent closed it, or the parent died). On the way out it deletes the folder.
 */
public final class EmbeddedBrokerMain {
    static final String BOOTSTRAP_PREFIX = "BOOTSTRAP ";

    private EmbeddedBrokerMain() {}

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path logDir = home.resolve("data");
        Files.createDirectories(logDir);
        PrintStream protocol = System.out;
        // Kafka may print to stdout; keep stdout for the one line the parent waits for.
        System.setOut(System.err);

        ServerSocket brokerPortHolder = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        ServerSocket controllerPortHolder = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        int brokerPort = brokerPortHolder.getLocalPort();
        Properties props = BrokerConfig.singleNode(logDir, brokerPort, controllerPortHolder.getLocalPort());
        Path configFile = home.resolve("server.properties");
        try (Writer out = Files.newBufferedWriter(configFile)) {
            props.store(out, "embedded broker of the file-writer system tests");
        }
        int formatted = StorageTool.execute(
                new String[] {"format", "-t", Uuid.randomUuid().toString(), "-c", configFile.toString()}, System.err);
        if (formatted != 0) {
            System.err.println("embedded broker: formatting storage failed with status " + formatted);
            System.exit(3);
        }

        KafkaRaftServer server = new KafkaRaftServer(new KafkaConfig(props, false), Time.SYSTEM);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, home), "embedded-broker-stop"));
        // The ports were held until now so nothing else takes them between choosing and binding.
        brokerPortHolder.close();
        controllerPortHolder.close();
        try {
            server.startup();
        } catch (RuntimeException e) {
            // Kafka's threads would keep the JVM alive: exit, so the parent sees the failure at once.
            e.printStackTrace();
            System.exit(4);
        }
        protocol.println(BOOTSTRAP_PREFIX + "127.0.0.1:" + brokerPort);
        protocol.flush();

        waitForEndOfInput(System.in);
        System.exit(0);
    }

    private static void waitForEndOfInput(InputStream in) {
        try {
            while (in.read() >= 0) {
                // Anything the parent writes is ignored; only end-of-input matters.
            }
        } catch (IOException e) {
            // A broken pipe means the parent is gone: stop as on end-of-input.
        }
    }

    private static void stop(KafkaRaftServer server, Path home) {
        try {
            server.shutdown();
            server.awaitShutdown();
        } finally {
            FileTrees.deleteQuietly(home);
        }
    }
}
