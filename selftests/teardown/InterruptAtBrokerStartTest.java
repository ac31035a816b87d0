package selftests.teardown;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A run stopped by Ctrl-C (SIGINT to the whole process group) while its embedded broker starts (its log exists, it
 * is not ready): the broker still starting is stopped too, the run ends with one line and nothing is left.
 */
class InterruptAtBrokerStartTest extends InterruptedRuns {
    @Test
    void ctrlCEndsTheRunWithOneLineAndLeavesNothing() throws Exception {
        interruptCleanly(Map.of(), "broker.log", "", "INT", "0 tests: 0 passed, 0 failed");
    }
}
