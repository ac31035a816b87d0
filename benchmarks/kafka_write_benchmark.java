///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.kafka:kafka-clients:4.1.1
//DEPS org.apache.kafka:kafka_2.13:4.1.1
//DEPS org.slf4j:slf4j-simple:1.7.36
//DEPS org.junit.platform:junit-platform-console-standalone:1.14.1
//DEPS org.assertj:assertj-core:3.27.7
//DEPS org.awaitility:awaitility:4.3.0
//DEPS io.jhdf:jhdf:0.13.0
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS com.google.flatbuffers:flatbuffers-java:25.2.10
//DEPS com.github.docker-java:docker-java-core:3.7.1
//DEPS com.github.docker-java:docker-java-transport-httpclient5:3.7.1
// -nowarn: docker-java's classes carry an annotation (org.immutables) that is not on the classpath.
//COMPILE_OPTIONS -nowarn
//SOURCES ../lib/**/*.java
//SOURCES kafkawrite/*.java

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import lib.cli.RepoRoot;
import lib.cli.UsageException;
import lib.kafka.EmbeddedKafka;
import lib.kafka.FileTrees;
import lib.kafka.Topics;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * End-to-end write throughput of one writer, or of two side by side (issue 19): pre-fills data topics of an embedded
 * broker, measures this machine's limits (the broker's ceiling with a plain consumer, the output folder's raw write
 * speed), then has each writer, started as the runner starts it, write each topic in a job whose window covers the
 * data, timed from the start command to the wrdn; checks every file.
 */
@Command(
        name = "kafka_write_benchmark",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        description = {
            "End-to-end write benchmark: embedded Kafka -> writer(s) -> HDF5, against this machine's limits.",
            "Run from the repository root. Exit status 1 only when a file misses an event or value (or on an error),"
                    + " never because of a time.",
            "",
            "Examples:",
            "  ./jbang benchmarks/kafka_write_benchmark.java --short                 # ~1-2 min, the reference writer",
            "  ./jbang benchmarks/kafka_write_benchmark.java                         # full: 1e7 and 1e8 events, 1e6"
                    + " f144",
            "  ./jbang benchmarks/kafka_write_benchmark.java --local-build ../kafka-to-nexus/build",
            "  ./jbang benchmarks/kafka_write_benchmark.java --writer reference --writer local-build:../build",
            "  ./jbang benchmarks/kafka_write_benchmark.java --writer reference \\",
            "      --writer image:fw-system-tests/reference-writer:latest               # side by side",
            ""
        })
public class kafka_write_benchmark implements Callable<Integer> {
    @Option(
            names = "--writer",
            paramLabel = "SPEC",
            description = "a writer to benchmark: " + BenchedWriter.FORMS + "; give it twice to run two writers side"
                    + " by side (one after the other on the same topics), each reported as a ratio to the other and to"
                    + " this run's limits (default: reference)")
    List<String> writerSpecs = new ArrayList<>();

    @Option(
            names = "--local-build",
            paramLabel = "DIR",
            description = "as run_tests.java: same as --writer local-build:DIR")
    Path localBuild;

    @Option(names = "--image", paramLabel = "NAME", description = "as run_tests.java: same as --writer image:NAME")
    String image;

    @Option(
            names = "--short",
            description = "a quick run (1e6 and 1e7 events, 1e5 f144 messages) for CI: ~1-2 min per writer")
    boolean shortRun;

    @Option(names = "--events", description = "ev44 events of the first ev44 job (default: 1e7, 1e6 with --short)")
    Long events;

    @Option(names = "--events-per-message", defaultValue = "10000", description = "default: ${DEFAULT-VALUE}")
    int eventsPerMessage;

    @Option(
            names = "--compare-sizes",
            negatable = true,
            defaultValue = "true",
            fallbackValue = "true",
            description = "a second ev44 job with 10 x --events, to compare peak heap (default: on)")
    boolean compareSizes;

    @Option(names = "--f144-messages", description = "default: 1e6, 1e5 with --short; 0 skips f144")
    Long f144Messages;

    @Option(
            names = "--fixed-cost-jobs",
            defaultValue = "5",
            description =
                    "one-message jobs per writer, whose median is the job's fixed cost (default: ${DEFAULT-VALUE})")
    int fixedCostJobs;

    @Option(
            names = "--in-flight-mb",
            defaultValue = "13",
            description = "how much more heap a larger job may peak at: the data in flight when a collection runs"
                    + " (reference writer: 2 queued fetches and one being read, 4 MiB each; default: ${DEFAULT-VALUE})")
    double inFlightMb;

    @Option(
            names = "--heap-sample-ms",
            defaultValue = "100",
            description = "jstat interval (default: ${DEFAULT-VALUE})")
    int heapSampleMs;

    @Option(
            names = "--job-timeout",
            defaultValue = "PT10M",
            description = "longest wait for one job (default: ${DEFAULT-VALUE})")
    Duration jobTimeout;

    @Option(names = "--keep", description = "keep the work folder (broker log, writer logs, output files)")
    boolean keep;

    @Option(
            names = "--output-dir",
            paramLabel = "DIR",
            description = "where the writers write (a new folder in DIR, removed unless --keep; default: the work"
                    + " folder in the system temp folder); its raw write speed is the ev44 bound")
    Path outputDir;

    @Option(
            names = "--jfr",
            paramLabel = "FILE",
            description = "record each JVM writer with Java Flight Recorder into N-FILE")
    Path jfr;

    public static void main(String... args) {
        CommandLine commandLine = new CommandLine(new kafka_write_benchmark())
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    cmd.getErr().println("kafka_write_benchmark: " + (e.getMessage() == null ? e : e.getMessage()));
                    return e instanceof UsageException ? 2 : 1;
                });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        Path repo = RepoRoot.of("file_writer.java");
        List<BenchedWriter> writers = writers(repo);
        List<Workload> workloads = workloads();
        Workload fixedWorkload = Workload.f144("benchmark_fixed_cost", 1);
        Path work = Files.createTempDirectory("kafka-write-benchmark-");
        // Quiet Kafka clients of this JVM: their warnings go to a file in the work folder.
        System.setProperty(
                "org.slf4j.simpleLogger.logFile", work.resolve("clients.log").toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        try (Cleanup cleanup = new Cleanup()) {
            cleanup.add(keep ? () -> System.out.println("kept: " + work) : () -> FileTrees.deleteQuietly(work));
            System.out.printf(
                    Locale.ROOT,
                    "machine: %d cores, load average %.2f before the run; writers: %s%n",
                    Runtime.getRuntime().availableProcessors(),
                    loadAverage(),
                    String.join(", ", writers.stream().map(BenchedWriter::label).toList()));
            EmbeddedKafka kafka = cleanup.add(EmbeddedKafka.start(work.resolve("broker.log")));
            Set<String> topics = new LinkedHashSet<>();
            for (int i = 1; i <= writers.size(); i++) {
                topics.addAll(WriterBench.topics(i));
            }
            topics.add(fixedWorkload.topic());
            workloads.forEach(workload -> topics.add(workload.topic()));
            Topics.create(kafka, List.copyOf(topics));
            System.out.println("broker: " + kafka.bootstrapServers() + ", topics created");
            Path output = outputFolder(work, cleanup);
            Limits limits = measureLimits(kafka.bootstrapServers(), fixedWorkload, workloads, output);

            WriterBench bench = new WriterBench(
                    kafka,
                    work,
                    output,
                    new WriterBench.Settings(fixedCostJobs, heapSampleMs, jobTimeout, jfr),
                    limits);
            List<WriterResults> results = new ArrayList<>();
            for (int i = 0; i < writers.size(); i++) {
                results.add(bench.run(i + 1, writers.get(i), fixedWorkload, workloads));
            }
            new Report(limits, workloads, inFlightMb).print(results);
            System.out.printf(Locale.ROOT, "load average now %.2f%n", loadAverage());
            boolean ok = results.stream().allMatch(WriterResults::filesOk);
            System.out.println(ok ? "every file holds every event and value" : "A FILE IS WRONG: see above");
            return ok ? 0 : 1;
        }
    }

    private List<BenchedWriter> writers(Path repo) {
        List<String> specs = new ArrayList<>(writerSpecs);
        if (localBuild != null) {
            specs.add("local-build:" + localBuild);
        }
        if (image != null) {
            specs.add("image:" + image);
        }
        if (specs.isEmpty()) {
            specs.add("reference");
        }
        if (specs.size() > 2) {
            throw new UsageException("at most two writers side by side; got " + String.join(", ", specs));
        }
        return specs.stream().map(spec -> BenchedWriter.parse(spec, repo)).toList();
    }

    private List<Workload> workloads() {
        long firstEvents = events != null ? events : shortRun ? 1_000_000 : 10_000_000;
        long f144 = f144Messages != null ? f144Messages : shortRun ? 100_000 : 1_000_000;
        if (firstEvents <= 0 || eventsPerMessage <= 0 || firstEvents % eventsPerMessage != 0) {
            throw new UsageException(
                    "--events must be a positive multiple of --events-per-message (" + eventsPerMessage + ")");
        }
        List<Workload> workloads = new ArrayList<>();
        workloads.add(Workload.ev44("benchmark_ev44", firstEvents, eventsPerMessage));
        if (compareSizes) {
            workloads.add(Workload.ev44("benchmark_ev44_x10", firstEvents * 10, eventsPerMessage));
        }
        if (f144 > 0) {
            workloads.add(Workload.f144("benchmark_f144", f144));
        }
        return workloads;
    }

    /** Fills the topics, then measures the broker's ceiling for each and the output folder's raw write speed. */
    private static Limits measureLimits(String bootstrap, Workload fixed, List<Workload> workloads, Path output)
            throws Exception {
        Limits limits = new Limits();
        Prefill.run(bootstrap, fixed);
        for (Workload workload : workloads) {
            limits.produced(workload, Prefill.run(bootstrap, workload));
            System.out.println("pre-filled " + workload.label() + ": "
                    + limits.produced(workload).describe());
        }
        for (Workload workload : workloads) {
            limits.ceiling(workload, Ceiling.measure(bootstrap, workload.topic()));
            System.out.println("broker ceiling " + workload.label() + ": "
                    + limits.ceiling(workload).describe());
        }
        for (Workload workload : workloads) {
            if (workload.isEv44()) {
                limits.rawWrite(
                        workload,
                        OutputSpeed.measure(output, limits.produced(workload).bytes()));
                System.out.println(
                        "output folder, " + workload.label() + ": " + OutputSpeed.describe(limits.rawWrite(workload)));
            }
        }
        return limits;
    }

    /** A new folder in --output-dir (removed at the end unless --keep), or one in the work folder. */
    private Path outputFolder(Path work, Cleanup cleanup) throws Exception {
        if (outputDir == null) {
            return Files.createDirectories(work.resolve("output-files"));
        }
        if (!Files.isDirectory(outputDir)) {
            throw new UsageException("--output-dir " + outputDir + " is not a folder; create it first");
        }
        Path folder = Files.createTempDirectory(outputDir.toAbsolutePath(), "kafka-write-benchmark-output-");
        cleanup.add(keep ? () -> System.out.println("kept: " + folder) : () -> FileTrees.deleteQuietly(folder));
        return folder;
    }

    static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
