package lib.fuzz;

import java.util.List;

/**
 * The fuzzer's own topics, apart from the test suite's, so a run against a shared cluster touches nothing else: the
 * writers' job pool and command/status topic, the control topics of the command job, of the pool inputs' jobs, of
 * the reordered pairs' jobs, of the health checks' jobs and of the data job, and the data job's topic.
 */
public record FuzzTopics(
        String pool,
        String status,
        String commands,
        String poolControl,
        String reorder,
        String health,
        String dataControl,
        String data) {

    public static FuzzTopics standard() {
        return new FuzzTopics(
                "fuzz_writer_pool",
                "fuzz_writer_status",
                "fuzz_writer_commands",
                "fuzz_writer_pool_control",
                "fuzz_writer_reorder",
                "fuzz_writer_health",
                "fuzz_writer_data_control",
                "fuzz_writer_data");
    }

    /**
     * The same topics but command and data topics of their own, for replaying inputs in the middle of a run: a job
     * reads its control topic from its start time and its data topic from ten seconds before, so on the shared topics
     * a replayed job would read the original inputs too.
     */
    public FuzzTopics forReplay(int number) {
        String suffix = "_replay" + number;
        return new FuzzTopics(
                pool, status, commands + suffix, poolControl, reorder, health, dataControl + suffix, data + suffix);
    }

    /** The topics {@link #forReplay} renames. */
    public List<String> replayed() {
        return List.of(commands, dataControl, data);
    }

    /** Every topic the run creates (and, on a cluster it did not start, recreates). */
    public List<String> all() {
        return List.of(pool, status, commands, poolControl, reorder, health, dataControl, data);
    }

    /** The topics answers and status can arrive on. */
    public List<String> replyTopics() {
        return List.of(status, commands, poolControl, reorder, health, dataControl);
    }

    public String of(Destination destination) {
        return switch (destination) {
            case POOL -> pool;
            case COMMANDS -> commands;
            case POOL_CONTROL -> poolControl;
            case REORDER -> reorder;
            case DATA -> data;
        };
    }
}
