package lib.control;

import lib.wire.Profile;

/** The job pool and command/status topics of each profile (decisions A2). */
public final class ProfileTopics {
    private ProfileTopics() {}

    public static String poolTopicOf(Profile profile) {
        return profile == Profile.P2022 ? "TEST_writer_jobs" : "test_filewriter_pool";
    }

    public static String commandTopicOf(Profile profile) {
        return profile == Profile.P2022 ? "TEST_writer_commands" : "test_filewriter_status";
    }
}
