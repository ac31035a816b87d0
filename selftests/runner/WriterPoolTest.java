package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.kafka.Topics;
import lib.runner.LeftoverSweep;
import lib.wire.Profile;
import lib.writers.LocalBuild;
import lib.writers.WriterProcess;
import lib.writers.WriterProcesses;
import lib.writers.WriterProgram;
import lib.writers.WriterSetup;
import lib.writers.WriterStartException;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Launching, readiness and teardown of writers, with a stand-in writer run as a "local build". */
@ExtendWith(SelfTestKafka.class)
class WriterPoolTest {
    /** The pool's notes (such as where syslog lines go) would only clutter the test tree. */
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    private static Path localBuild(Path folder, String script) throws IOException {
        Path binary = Files.createDirectories(folder.resolve("bin")).resolve("kafka-to-nexus");
        Files.writeString(binary, "#!/bin/sh\n" + script + "\n");
        Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
        return folder;
    }

    private static WriterProgram program(Path build, Path logs) {
        return WriterProgram.localBuild(LocalBuild.binary(build), logs);
    }

    private static WriterSetup setup(Kafka kafka, Path logs, int count) {
        String pool = "pool_" + System.nanoTime();
        String status = "status_" + System.nanoTime();
        Topics.create(kafka, List.of(pool, status));
        return new WriterSetup(
                Profile.CURRENT,
                kafka.bootstrapServers(),
                pool,
                status,
                logs,
                logs,
                count,
                false,
                logs.resolve("syslog.socket"));
    }

    @Test
    void writersAreReadyWhenInThePoolGroupAndPublishingStatus(Kafka kafka, @TempDir Path folder, @TempDir Path logs)
            throws Exception {
        String classpath = System.getProperty("java.class.path") + ":" + compiledSelfTests();
        Path build = localBuild(
                folder,
                "STAND_IN_SYSLOG='" + logs.resolve("syslog.socket") + "' exec java -cp '" + classpath + "' "
                        + StandInWriter.class.getName() + " \"$@\"");
        List<WriterProcess> writers;
        try (WriterProcesses pool = WriterProcesses.start(kafka, setup(kafka, logs, 2), program(build, logs), QUIET)) {
            writers = pool.writers();
            assertThat(writers).hasSize(2).allMatch(WriterProcess::isAlive);
            assertThat(logs.resolve("writer-1.log")).exists();
            assertThat(logs.resolve("writer-2.log")).exists();
            assertThat(logs.resolve("writers.pids")).content().hasLineCount(2);
            // Each writer logs "up" through syslog; the sink files the line in that writer's own log.
            Awaitility.await("writer 2's syslog line in its log")
                    .atMost(Duration.ofSeconds(10))
                    .untilAsserted(() -> assertThat(logs.resolve("writer-2.log"))
                            .content()
                            .contains("syslog: stand-in writer filewriter_2 up"));
        }
        assertThat(writers).noneMatch(WriterProcess::isAlive);
        assertThat(logs.resolve("writers.pids"))
                .as("removed once the writers are stopped")
                .doesNotExist();
    }

    @Test
    void aWriterThatExitsEarlyFailsTheStartWithItsLastLogLines(Kafka kafka, @TempDir Path folder, @TempDir Path logs)
            throws Exception {
        Path build = localBuild(folder, "echo \"cannot find job pool topic\"; exit 3");
        assertThatThrownBy(() -> WriterProcesses.start(kafka, setup(kafka, logs, 1), program(build, logs), QUIET))
                .isInstanceOf(WriterStartException.class)
                .hasMessageStartingWith("writer 1 (PID ")
                .hasMessageContaining("exited with status 3 before it was ready")
                .hasMessageEndingWith("cannot find job pool topic");
    }

    @Test
    void writersLeftByAKilledRunAreStoppedByTheNextOne(@TempDir Path logs) throws Exception {
        Path killedRun = Files.createDirectory(logs.resolve("2026-01-01T00-00-00"));
        Process leftover = new ProcessBuilder("sleep", "300").start();
        try {
            String started = leftover.info().startInstant().orElseThrow().toString();
            Files.writeString(killedRun.resolve("writers.pids"), leftover.pid() + " " + started + "\n");
            ByteArrayOutputStream said = new ByteArrayOutputStream();
            LeftoverSweep.sweep(logs, new PrintStream(said, true, StandardCharsets.UTF_8));
            assertThat(leftover.waitFor(10, TimeUnit.SECONDS))
                    .as("leftover stopped")
                    .isTrue();
            assertThat(said.toString(StandardCharsets.UTF_8))
                    .contains("stopping writer PID " + leftover.pid() + " left running by the run in " + killedRun);
            assertThat(killedRun.resolve("writers.pids")).doesNotExist();
        } finally {
            leftover.destroyForcibly();
        }
    }

    private static Path compiledSelfTests() throws URISyntaxException {
        return Path.of(StandInWriter.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
    }
}
