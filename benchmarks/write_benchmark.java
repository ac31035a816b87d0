///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.slf4j:slf4j-nop:1.7.36
//DEPS com.google.flatbuffers:flatbuffers-java:25.2.10
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS org.bytedeco:hdf5:1.14.3-1.5.10
//DEPS org.bytedeco:hdf5:1.14.3-1.5.10:linux-x86_64
//DEPS org.bytedeco:javacpp:1.5.10
//DEPS org.bytedeco:javacpp:1.5.10:linux-x86_64
//SOURCES ../writer/output/**.java
//SOURCES ../writer/common/*.java
//SOURCES ../writer/profile/*.java
//SOURCES ../writer/protocol/*.java
//SOURCES ../lib/kafka/FileTrees.java
//SOURCES ../lib/wire/**.java
//SOURCES Ev44Direct.java F144Direct.java DirectFile.java WrittenCheck.java

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import lib.kafka.FileTrees;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Profile;
import lib.wire.Value;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import writer.output.JobOutput;
import writer.output.JobSettings;
import writer.profile.ProfileRules;

/**
 * How fast the reference writer's output side writes: ev44 events and f144 log values go through JobOutput
 * (decode, data-window filter, module, buffered HDF5 appends) and, for comparison, the same arrays are written
 * straight through the HDF5 binding. Kafka is not involved; the end-to-end numbers are measured elsewhere.
 */
@Command(
        name = "write_benchmark",
        mixinStandardHelpOptions = true,
        description = "Measures JobOutput's write rate for ev44 and f144 against the raw HDF5 binding.")
public class write_benchmark implements Callable<Integer> {
    private static final long MS = 1_000_000L;

    @Option(names = "--ev44-messages", defaultValue = "2000", description = "ev44 messages (default: ${DEFAULT-VALUE})")
    int ev44Messages;

    @Option(names = "--events-per-message", defaultValue = "10000", description = "default: ${DEFAULT-VALUE}")
    int eventsPerMessage;

    @Option(
            names = "--f144-messages",
            defaultValue = "500000",
            description = "f144 messages (default: ${DEFAULT-VALUE})")
    int f144Messages;

    @Option(
            names = "--short",
            description = "a quick run for CI (200 ev44 messages, 50 000 f144): prints the figures, fails only when a"
                    + " file misses a value")
    boolean shortRun;

    @Option(names = "--folder", description = "where the files go (default: a temporary folder, removed after)")
    Path folder;

    public static void main(String... args) {
        System.exit(new CommandLine(new write_benchmark()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        boolean temporary = folder == null;
        Path where = temporary ? Files.createTempDirectory("write_benchmark") : Files.createDirectories(folder);
        if (shortRun) {
            ev44Messages = Math.min(ev44Messages, 200);
            f144Messages = Math.min(f144Messages, 50_000);
        }
        try {
            warmUp(where);
            String wrong = runEv44(where);
            wrong = wrong != null ? wrong : runF144(where);
            System.out.println(wrong == null ? "both files hold every event and value" : "A FILE IS WRONG: " + wrong);
            return wrong == null ? 0 : 1;
        } finally {
            if (temporary) {
                FileTrees.delete(where);
            }
        }
    }

    /** A short run of both first, so that the measured runs see compiled code and a loaded HDF5 library. */
    private void warmUp(Path where) throws Exception {
        write_benchmark small = new write_benchmark();
        small.ev44Messages = 200;
        small.eventsPerMessage = eventsPerMessage;
        small.f144Messages = 50_000;
        small.quiet = true;
        Path warmUpFolder = Files.createDirectories(where.resolve("warm-up"));
        small.runEv44(warmUpFolder);
        small.runF144(warmUpFolder);
    }

    private boolean quiet;

    /** Writes the ev44 file both ways and prints the rates; returns what the file misses, or null. */
    private String runEv44(Path where) throws Exception {
        // a few distinct messages, cycled: ev44 accepts repeated times, so every one is written
        int distinct = Math.min(ev44Messages, 50);
        byte[][] messages = new byte[distinct][];
        int[][] offsets = new int[distinct][];
        int[][] ids = new int[distinct][];
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < distinct; i++) {
            offsets[i] = random.ints(eventsPerMessage, 0, 70_000_000).toArray();
            ids[i] = random.ints(eventsPerMessage, 0, 1_000_000).toArray();
            messages[i] = EventData.ev44("detector", i, (1000 + i) * MS * 1000, offsets[i], ids[i])
                    .toBytes();
        }
        String structure =
                """
            {"children": [{"type": "group", "name": "entry", "children": [{"type": "group", "name": "events",
              "children": [{"module": "ev44", "config": {"topic": "events", "source": "detector"}}]}]}]}""";
        resetPeaks();
        long started = System.nanoTime();
        try (JobOutput job = JobOutput.open(where.resolve("ev44.nxs"), "ev44.nxs", structure, settings())) {
            for (int i = 0; i < ev44Messages; i++) {
                job.accept("events", messages[i % distinct], 1000);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        long events = (long) ev44Messages * eventsPerMessage;
        double directSeconds = Ev44Direct.write(where.resolve("ev44_direct.h5"), ev44Messages, offsets, ids);
        String wrong = WrittenCheck.eventIds(where.resolve("ev44.nxs"), "/entry/events/event_id", ev44Messages, ids);
        if (quiet) {
            return wrong;
        }
        System.out.printf(
                "ev44 through JobOutput: %d messages, %d events in %.2f s: %.2f M events/s, %.0f messages/s,"
                        + " %.0f MB/s of event data; peak heap %d MB%n",
                ev44Messages,
                events,
                seconds,
                events / seconds / 1e6,
                ev44Messages / seconds,
                events * 8 / seconds / 1e6,
                peakHeapMb());
        System.out.printf(
                "ev44 straight through the HDF5 binding: %.2f s: %.2f M events/s; JobOutput reaches %.0f %%"
                        + " of it%n",
                directSeconds, events / directSeconds / 1e6, 100 * directSeconds / seconds);
        return wrong;
    }

    /** Writes the f144 file both ways and prints the rates; returns what the file misses, or null. */
    private String runF144(Path where) throws Exception {
        byte[][] messages = new byte[f144Messages][];
        for (int i = 0; i < f144Messages; i++) {
            messages[i] = LogData.f144("motor", (1000_000L + i) * MS, Value.ofDouble(i * 0.5))
                    .toBytes();
        }
        String structure =
                """
            {"children": [{"type": "group", "name": "entry", "children": [{"type": "group", "name": "motor",
              "children": [{"module": "f144", "config": {"topic": "motion", "source": "motor"}}]}]}]}""";
        resetPeaks();
        long started = System.nanoTime();
        try (JobOutput job = JobOutput.open(where.resolve("f144.nxs"), "f144.nxs", structure, settings())) {
            for (byte[] message : messages) {
                job.accept("motion", message, 1000);
            }
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        double directSeconds = F144Direct.write(where.resolve("f144_direct.h5"), f144Messages);
        String wrong = WrittenCheck.values(where.resolve("f144.nxs"), "/entry/motor/value", f144Messages);
        if (quiet) {
            return wrong;
        }
        System.out.printf(
                "f144 through JobOutput: %d messages in %.2f s: %.0f messages/s; peak heap %d MB"
                        + " (the %d prepared messages included)%n",
                f144Messages, seconds, f144Messages / seconds, peakHeapMb(), f144Messages);
        System.out.printf(
                "f144 straight through the HDF5 binding (value and time, 1024 per write): %.2f s:"
                        + " %.0f values/s; JobOutput reaches %.0f %% of it%n",
                directSeconds, f144Messages / directSeconds, 100 * directSeconds / seconds);
        return wrong;
    }

    private static JobSettings settings() {
        return new JobSettings(ProfileRules.of(Profile.CURRENT), "benchmark", Instant.ofEpochSecond(0), null);
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static long peakHeapMb() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024 * 1024);
    }
}
