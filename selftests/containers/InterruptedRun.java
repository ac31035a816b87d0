package selftests.containers;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import lib.containers.WriterContainers;
import lib.writers.WriterSetup;

/**
 * A run that starts one writer container and then waits to be killed, never closing it: the shutdown hook must
 * remove the container. Arguments: bootstrap servers, pool topic, command topic, output folder, log folder, run id.
 */
public final class InterruptedRun {
    private InterruptedRun() {}

    public static void main(String[] args) throws InterruptedException {
        WriterSetup setup = new WriterSetup(
                "current",
                args[0],
                args[1],
                args[2],
                Path.of(args[3]),
                Path.of(args[4]),
                Path.of(""),
                null,
                1,
                false,
                null);
        WriterContainers.start(TestRun.IMAGE, setup, args[5], System.out);
        System.out.println("ready");
        new CountDownLatch(1).await();
    }
}
