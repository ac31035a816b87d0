
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lib.containers.WriterContainer;
import lib.control.WorkerPool;
import lib.control.WorkerPoolSettings;
import lib.kafka.Kafka;
import lib.wire.Profile;
import lib.writers.RunningWriters;
import lib.writers.StartingWriter;
import lib.writers.WriterSetup;

/**
 * Benchmarks one writer: starts it through its mode with a job pool and status topic of its own (so two writers
 * of one run never take each other's jobs), runs the fixed-cost jobs and one job per workload, checks each file,
 * and stops it again, so the next writer has the machine to itself.
 */
final class WriterBench {
    private final Kafka kafka;
    private final Path work;
    private final Path output;
    private final Settings settings;
    private final Limits limits;

    /** The options that shape every writer's jobs. */
    record Settings(int fixedCostJobs, int heapSampleMs, Duration jobTimeout, Path jfr) {}

    WriterBench(Kafka kafka, Path work, Path output, Settings settings, Limits limits) {
        this.kafka = kafka;
        this.limits = limits;
        this.work = work;
        this.output = output;
        this.settings = settings;
    }

    /** The topics writer {@code number} needs besides the data: pool, status, control. */
    static List<String> topics(int number) {
        return List.of(poolTopic(number), statusTopic(number), controlTopic(number));
    }

    private static String poolTopic(int number) {
        return "benchmark_pool_" + number;
    }

    private static String statusTopic(int number) {
        return "benchmark_status_" + number;
    }

    private static String controlTopic(int number) {
        return "benchmark_control_" + number;
    }

    WriterResults run(int number, BenchedWriter writer, Workload fixedWorkload, List<Workload> workloads)
            throws Exception {
        WriterResults results = new WriterResults(writer);
        // The folder's name names the writer's containers (image mode), so it is unique per run and writer.
        Path logs = Files.createDirectories(work.resolve(work.getFileName() + "-writer" + number));
        WriterSetup setup = new WriterSetup(
                Profile.CURRENT,
                kafka.bootstrapServers(),
                poolTopic(number),
                statusTopic(number),
                output,
                logs,
                1,
                false,
                null);
        System.out.println("writer " + number + " (" + writer.label() + "): starting, logs in " + logs);
        try (RunningWriters running = writer.mode(logs).start(kafka, setup, line -> System.out.println("  " + line));
                WriterMemory memory = WriterMemory.of(
                        running.writers().get(0),
                        gcLog(running.writers().get(0), logs, number),
                        settings.heapSampleMs());
                AutoCloseable recording = startRecording(memory, number);
                WorkerPool pool = WorkerPool.open(kafka.bootstrapServers(), poolSettings(number))) {
            StartingWriter started = running.writers().get(0);
            results.memory = memory.describe();
            System.out.println("  ready: " + started + ", memory: " + results.memory + ", log " + started.log());
            JobRunner jobs = new JobRunner(pool, memory, output, controlTopic(number), settings.jobTimeout());
            for (int i = 1; i <= settings.fixedCostJobs(); i++) {
                JobResult fixed = jobs.run(fixedWorkload, "w" + number + "_fixed_" + i + ".nxs", 0);
                results.fixedCost.add(fixed);
                System.out.println("  fixed cost " + i + ": " + fixed.describe(null));
            }
            for (Workload workload : workloads) {
                JobResult job = jobs.run(
                        workload,
                        "w" + number + "_" + workload.topic() + ".nxs",
                        limits.produced(workload).bytes());
                results.jobs.add(job);
                System.out.println("  " + workload.label() + ": " + job.describe(limits.produced(workload)));
            }
        }
        System.out.println("writer " + number + " (" + writer.label() + "): stopped");
        return results;
    }

    /**
     * Where the writer's JVM logs its collections: its log folder, or for a container the output folder, the one
     * folder it sees at the same path as the host.
     */
    private Path gcLog(StartingWriter writer, Path logs, int number) {
        return writer instanceof WriterContainer
                ? output.resolve("writer" + number + "-gc.log")
                : logs.resolve("gc.log");
    }

    private AutoCloseable startRecording(WriterMemory memory, int number) {
        if (settings.jfr() == null || memory.jvm() == null) {
            return () -> {};
        }
        String name = settings.jfr().getFileName().toString();
        return memory.jvm().startFlightRecording(settings.jfr().toAbsolutePath().resolveSibling(number + "-" + name));
    }

    private static WorkerPoolSettings poolSettings(int number) {
        return WorkerPoolSettings.of(poolTopic(number), statusTopic(number))
                .withTimeouts(Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(120));
    }
}
