package selftests.containers;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import lib.containers.Leftovers;
import lib.containers.WriterContainers;
import lib.kafka.Kafka;
import lib.wire.Profile;
import lib.writers.WriterSetup;
import lib.writers.WriterStartException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Without a daemon (DOCKER_HOST at a socket that is not there) both entry points fail with one line naming the fix. */
class NoDaemonTest {
    private static final String NO_DAEMON = "unix:///nonexistent/docker.sock";
    private static final String FIX = "start one (as root: dockerd --bridge=none --iptables=false --ip-forward=false &,"
            + " or systemctl start docker) or set DOCKER_HOST";

    @BeforeEach
    void pointAtNoDaemon() {
        System.setProperty("DOCKER_HOST", NO_DAEMON);
    }

    @AfterEach
    void restore() {
        System.clearProperty("DOCKER_HOST");
    }

    /** The daemon is asked first, so the start fails before it would use a broker. */
    private static final Kafka NO_KAFKA_NEEDED = null;

    @Test
    void startingWritersNamesHowToStartADaemon() {
        WriterSetup setup = new WriterSetup(
                Profile.CURRENT, "localhost:1", "pool", "status", Path.of("out"), Path.of("logs"), 1, false, null);
        assertThatThrownBy(() -> WriterContainers.start(
                        TestRun.IMAGE,
                        NO_KAFKA_NEEDED,
                        setup,
                        "no-daemon",
                        new PrintStream(OutputStream.nullOutputStream())))
                .isInstanceOf(WriterStartException.class)
                .hasMessageStartingWith("writer containers: no Docker daemon answers at " + NO_DAEMON)
                .hasMessageEndingWith(FIX)
                .hasMessageNotContaining("\n");
    }

    @Test
    void sweepingLeftoversNamesHowToStartADaemon() {
        assertThatThrownBy(() -> Leftovers.sweep("no-daemon"))
                .isInstanceOf(WriterStartException.class)
                .hasMessageEndingWith(FIX)
                .hasMessageNotContaining("\n");
    }
}
