package lib.kafka;

import java.nio.file.Path;
import java.util.Properties;

/** Settings of the single-node KRaft broker the harness embeds (limits per decisions A7/A8). */
final class BrokerConfig {
    static final String BROKER_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";
    private static final String NEVER = Long.toString(Long.MAX_VALUE);

    private BrokerConfig() {}

    static Properties singleNode(Path logDir, int brokerPort, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty(
                "listeners",
                BROKER_LISTENER + "://127.0.0.1:" + brokerPort + "," + CONTROLLER_LISTENER + "://127.0.0.1:"
                        + controllerPort);
        p.setProperty("advertised.listeners", BROKER_LISTENER + "://127.0.0.1:" + brokerPort);
        p.setProperty(
                "listener.security.protocol.map", BROKER_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        p.setProperty("controller.listener.names", CONTROLLER_LISTENER);
        p.setProperty("inter.broker.listener.name", BROKER_LISTENER);
        p.setProperty("log.dirs", logDir.toString());

        // One node: every internal topic has a single replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("offsets.topic.num.partitions", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        p.setProperty("group.initial.rebalance.delay.ms", "0");

        // Writers subscribe to topics that tests create on the fly; one partition keeps order simple.
        p.setProperty("auto.create.topics.enable", "true");
        p.setProperty("num.partitions", "1");

        // Tests send records far above the defaults (decisions A7).
        String maxMessage = Integer.toString(KafkaLimits.MAX_MESSAGE_BYTES);
        String maxRequest = Integer.toString(KafkaLimits.MAX_REQUEST_BYTES);
        p.setProperty("message.max.bytes", maxMessage);
        p.setProperty("replica.fetch.max.bytes", maxRequest);
        p.setProperty("replica.fetch.response.max.bytes", maxRequest);
        p.setProperty("socket.request.max.bytes", maxRequest);
        p.setProperty("fetch.max.bytes", maxRequest);

        // Records carry historical timestamps (1970, 2014-2020): keep them all, reject none (decisions A8).
        p.setProperty("log.retention.ms", "-1");
        p.setProperty("log.retention.bytes", "-1");
        p.setProperty("log.message.timestamp.before.max.ms", NEVER);
        p.setProperty("log.message.timestamp.after.max.ms", NEVER);
        return p;
    }
}
