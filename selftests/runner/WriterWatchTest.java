package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import lib.writers.ExitStatus;
import lib.writers.RunningWriters;
import lib.writers.StartingWriter;
import lib.writers.WriterDeath;
import lib.writers.WriterProcess;
import lib.writers.WriterWatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The run's watch over its writers, with real processes ({@code sleep}) standing in for writers: deaths are told
 * from their exit statuses and placed in the scope (test) they happened in, or after it; dead ones are replaced.
 */
class WriterWatchTest {
    @TempDir
    Path logs;

    private SleepingWriters writers;

    @BeforeEach
    void startAWriter() {
        writers = new SleepingWriters(logs);
    }

    @AfterEach
    void stopWriters() {
        writers.close();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "134, died of SIGABRT",
        "137, died of SIGKILL",
        "139, died of SIGSEGV",
        "163, died of signal 35",
        "3, exited with status 3",
        "0, exited with status 0",
        "-1, ended (exit status unknown)"
    })
    void exitStatusesOf128PlusNAreDeathsBySignalN(long code, String description) {
        assertThat(new ExitStatus(code).describe()).isEqualTo(description);
    }

    @Test
    void aDeathDuringAScopeIsThatScopesAndReportedOnce() throws Exception {
        WriterWatch watch = new WriterWatch(writers);
        watch.begin("during test_a");

        kill("-SEGV", writers.writers().get(0));

        Awaitility.await("the death recorded").atMost(Duration.ofSeconds(10)).until(() -> !watch.deathsInScope()
                .isEmpty());
        List<WriterDeath> deaths = watch.takeDeathsInScope();
        assertThat(deaths)
                .extracting(WriterDeath::line)
                .singleElement()
                .asString()
                .matches("writer 1 \\(PID \\d+\\) died of SIGSEGV during test_a");
        assertThat(watch.deathsInScope()).as("reported once").isEmpty();
        assertThat(watch.takeUnreported()).isEmpty();
        assertThat(deaths.get(0).failedATest()).isTrue();
    }

    @Test
    void aDeathBetweenScopesIsNotedAndTheWriterReplacedOnce() throws Exception {
        WriterWatch watch = new WriterWatch(writers);
        watch.begin("during test_a");
        watch.end("after test_a");
        WriterProcess first = writers.writers().get(0);

        kill("-KILL", first);
        first.onExit().get(10, TimeUnit.SECONDS);

        assertThat(watch.takeDeathsInScope()).isEmpty();
        assertThat(watch.replaceDead()).singleElement().satisfies(replacement -> assertThat(replacement.line())
                .startsWith("writer 1 replaced: sleeping-2.log (PID "));
        assertThat(watch.takeUnreported()).singleElement().satisfies(death -> {
            assertThat(death.line()).matches("writer 1 \\(PID \\d+\\) died of SIGKILL after test_a");
            assertThat(death.failedATest()).isFalse();
            assertThat(death.summary()).contains("; replaced: sleeping-2.log (PID ");
        });
        assertThat(writers.writers().get(0).isAlive()).as("the replacement").isTrue();
        assertThat(watch.replaceDead()).as("nothing dead any more").isEmpty();

        watch.stop();
        kill("-KILL", writers.writers().get(0));
        writers.writers().get(0).onExit().get(10, TimeUnit.SECONDS);
        assertThat(watch.deaths()).as("none recorded once the watch stopped").hasSize(1);
    }

    private static void kill(String signal, WriterProcess writer) throws Exception {
        assertThat(new ProcessBuilder("kill", signal, Long.toString(writer.pid()))
                        .start()
                        .waitFor())
                .isZero();
    }

    /** One "writer" that only sleeps, replaced by a new sleep; its logs are sleeping-<n>.log. */
    private static final class SleepingWriters implements RunningWriters {
        private final Path folder;
        private final List<WriterProcess> all = new ArrayList<>();
        private final List<WriterProcess> current = new ArrayList<>();
        private volatile boolean closing;

        SleepingWriters(Path folder) {
            this.folder = folder;
            current.add(sleep(1));
        }

        private WriterProcess sleep(int index) {
            WriterProcess writer = WriterProcess.start(
                    index, 1, List.of("sleep", "300"), folder, folder.resolve("sleeping-" + (all.size() + 1) + ".log"));
            all.add(writer);
            return writer;
        }

        @Override
        public synchronized List<WriterProcess> writers() {
            return List.copyOf(current);
        }

        @Override
        public synchronized StartingWriter replace(int index) {
            WriterProcess fresh = sleep(index);
            current.set(index - 1, fresh);
            return fresh;
        }

        @Override
        public boolean closing() {
            return closing;
        }

        @Override
        public synchronized void close() {
            closing = true;
            all.forEach(writer -> ProcessHandle.of(writer.pid()).ifPresent(ProcessHandle::destroyForcibly));
        }
    }
}
