package selftests.teardown;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import lib.kafka.TempFolders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A run stopped while its embedded broker starts (its log exists, it is not ready): SIGINT and SIGTERM end it with
 * one line and nothing left; SIGKILL to the whole group (as an OOM kill or a container's end does) leaves the
 * broker's storage, which the next run removes and names.
 */
class InterruptAtBrokerStartTest extends InterruptedRuns {
    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"INT", "TERM"})
    void endsWithOneLineAndLeavesNothing(String signal) throws Exception {
        interruptCleanly(Map.of(), "broker.log", "", signal, "0 tests: 0 passed, 0 failed");
    }

    @ParameterizedTest(name = "SIG{0}")
    @ValueSource(strings = {"KILL"})
    void whatAKilledRunLeftIsRemovedByTheNext(String signal) throws Exception {
        KilledRun run = start(Map.of());
        run.awaitInRunFolder("broker.log", "");

        run.signal(signal, true);
        assertThat(run.awaitEnd()).isEqualTo(137);

        List<Path> storage = TempFolders.of(run.pid());
        assertThat(storage).as("the killed broker's storage").hasSize(1);
        assertNextRunSweeps(run, List.of("removing " + storage.get(0) + ", left by a run that was killed"));
    }
}
