package selftests.kafka;

import java.nio.file.Path;
import lib.kafka.EmbeddedKafka;

/**
 * A process that starts an embedded broker, prints the broker's PID and storage folder, and waits to be killed:
 * {@link EmbeddedKafkaTest} kills it to check that the broker does not outlive its parent.
 */
public final class BrokerParent {
    private BrokerParent() {}

    public static void main(String[] args) throws Exception {
        EmbeddedKafka kafka = EmbeddedKafka.start(Path.of(args[0]));
        System.out.println("BROKER " + kafka.pid() + " " + kafka.storageFolder());
        System.out.flush();
        System.in.read(); // until killed (or its input ends)
    }
}
