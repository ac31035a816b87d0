package selftests.containers;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import lib.containers.WriterContainers;
import lib.kafka.ExternalKafka;
import lib.kafka.Kafka;
import lib.wire.Profile;
import lib.writers.WriterSetup;

/**
 * A run that starts one writer container and then waits to be killed, never closing it: the shutdown hook must
 * remove the container. Arguments: bootstrap servers, pool topic, command topic, output folder, log folder, run id.
 */
public final class InterruptedRun {
    private InterruptedRun() {}

    public static void main(String[] args) throws InterruptedException {
        WriterSetup setup = new WriterSetup(
                Profile.CURRENT, args[0], args[1], args[2], Path.of(args[3]), Path.of(args[4]), 1, false, null);
        Kafka kafka = ExternalKafka.connect(args[0], Duration.ofSeconds(15));
        WriterContainers.start(TestRun.IMAGE, kafka, setup, args[5], System.out);
        System.out.println("ready");
        new CountDownLatch(1).await();
    }
}
