package selftests.teardown;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lib.kafka.FileTrees;
import lib.kafka.PidFiles;
import lib.kafka.ProcessIdentity;
import lib.kafka.TempFolders;
import lib.runner.LeftoverSweep;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leftover sweep with real processes ({@code sleep} stands for a writer, and for a runner that was killed): what
 * a run still in progress recorded is left alone, whichever program it is; what a killed run left is stopped or
 * removed, and said; a process that only has a recorded PID again is not touched.
 */
class LeftoverSweepTest {
    @TempDir
    Path logs;

    private final List<Process> started = new ArrayList<>();
    private final List<Path> folders = new ArrayList<>();
    private final ByteArrayOutputStream said = new ByteArrayOutputStream();

    @AfterEach
    void leaveNothing() {
        started.forEach(Process::destroyForcibly);
        folders.forEach(FileTrees::deleteQuietly);
    }

    @Test
    void whatARunInProgressRecordedIsLeftAlone() throws Exception {
        Path run = Files.createDirectories(logs.resolve("2026-01-01T00-00-00"));
        Process writer = sleeper();
        PidFiles.record(run, "writer", writer); // by this JVM, which is alive
        Path storage = TempFolders.create("kafka");
        folders.add(storage);

        sweep();

        assertThat(writer.isAlive()).as("the writer of the run in progress").isTrue();
        assertThat(run.resolve("writers.pids")).exists();
        assertThat(storage).exists();
        assertThat(said()).doesNotContain("PID " + writer.pid()).doesNotContain(storage.toString());
    }

    @Test
    void whatAKilledRunLeftIsStoppedAndRemovedAndSaid() throws Exception {
        Path run = Files.createDirectories(logs.resolve("fuzz").resolve("2026-01-01T00-00-00"));
        ProcessIdentity runner = killedRunner();
        Process writer = sleeper();
        PidFiles.record(run, "writer", writer.toHandle(), runner);
        Path storage = Files.createDirectory(
                Path.of(System.getProperty("java.io.tmpdir")).resolve("fwst-kafka-" + runner.pid() + "-1"));
        folders.add(storage);

        sweep();

        assertThat(writer.waitFor(10, TimeUnit.SECONDS)).as("the writer ended").isTrue();
        assertThat(run.resolve("writers.pids")).doesNotExist();
        assertThat(storage).doesNotExist();
        assertThat(said())
                .contains("stopping writer PID " + writer.pid() + " left running by the run in " + run + "\n")
                .contains("removing " + storage + ", left by a run that was killed\n");
    }

    @Test
    void aProcessThatGotARecordedPidAgainIsNotTouched() throws Exception {
        Path run = Files.createDirectories(logs.resolve("2026-01-01T00-00-00"));
        Process unrelated = sleeper();
        ProcessIdentity earlier = new ProcessIdentity(
                unrelated.pid(),
                ProcessIdentity.of(unrelated.toHandle()).orElseThrow().started().minus(Duration.ofHours(1)));
        Files.writeString(run.resolve("writers.pids"), earlier + " " + killedRunner() + "\n");

        sweep();

        assertThat(unrelated.isAlive()).isTrue();
        assertThat(run.resolve("writers.pids")).doesNotExist();
        assertThat(said()).doesNotContain("PID " + unrelated.pid());
    }

    /** A process that ran and was killed, as a runner killed by SIGKILL. */
    private ProcessIdentity killedRunner() throws Exception {
        Process runner = sleeper();
        ProcessIdentity identity = ProcessIdentity.of(runner.toHandle()).orElseThrow();
        runner.destroyForcibly().waitFor();
        return identity;
    }

    private Process sleeper() throws IOException {
        Process process = new ProcessBuilder("sleep", "600").start();
        started.add(process);
        return process;
    }

    private void sweep() {
        LeftoverSweep.sweep(logs, new PrintStream(said, true, StandardCharsets.UTF_8));
    }

    private String said() {
        return said.toString(StandardCharsets.UTF_8);
    }
}
