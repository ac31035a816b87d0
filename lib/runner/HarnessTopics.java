package lib.runner;

import java.util.List;

/**
 * Every topic the test catalogue names, of both eras, and the data topic of the known-defect test; the runner creates
 * them all with one partition (A1).
 */
final class HarnessTopics {
    static final List<String> ALL = List.of(
            "TEST_writer_jobs",
            "TEST_writer_commands",
            "TEST_writer_commands_alternative",
            "TEST_epicsConnectionStatus",
            "TEST_sampleEnv",
            "TEST_historicalData1",
            "TEST_historicalData2",
            "TEST_repeatedMessages",
            "TEST_scalData",
            "ev44_topic",
            "TEST_massAmountOfMessages",
            "test_filewriter_pool",
            "test_filewriter_status",
            "test_filewriter_inst1",
            "test_filewriter_inst2",
            "test_motion",
            "test_detector",
            "local_choppers",
            "local_detector",
            "test_stop_now_buffered");

    private HarnessTopics() {}
}
