///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.kafka:kafka-clients:4.1.1
//DEPS org.apache.kafka:kafka_2.13:4.1.1
//DEPS org.awaitility:awaitility:4.3.0
//DEPS io.jhdf:jhdf:0.13.0
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS com.google.flatbuffers:flatbuffers-java:25.2.10
// Kafka logs through slf4j 1.7; pinned, since a dependency would bring the 2.x API, which ignores this binding.
//DEPS org.slf4j:slf4j-api:1.7.36
//DEPS org.slf4j:slf4j-nop:1.7.36
//SOURCES lib/stream/**.java
//SOURCES lib/kafka/**.java
//SOURCES lib/cache/**.java
//SOURCES lib/control/**.java
//SOURCES lib/wire/**.java
//SOURCES lib/waits/**.java
//SOURCES lib/logs/**.java
//SOURCES lib/cli/**.java

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import lib.cli.DurationConverter;
import lib.cli.LogFolder;
import lib.cli.ProfileConverter;
import lib.cli.RepoRoot;
import lib.cli.Scripts;
import lib.cli.UsageException;
import lib.cli.Verbosity;
import lib.control.ProfileTopics;
import lib.stream.EventDraws;
import lib.stream.EventFileSettings;
import lib.stream.EventSettings;
import lib.stream.LogSettings;
import lib.stream.LogValues;
import lib.stream.Pace;
import lib.stream.PulseSettings;
import lib.stream.StreamPlan;
import lib.stream.StreamRun;
import lib.stream.TimeOfFlight;
import lib.wire.Profile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Publishes event data and logs to Kafka, paced by the clock or faster, optionally inside a write job. */
@Command(
        name = "stream.java",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        version = "file-writer system tests: streamer",
        description = {
            "Publishes ev44 (or ev42) events, synthetic or read from a NeXus file's NXevent_data groups, and f144"
                    + " (or f142) logs of many sources to Kafka; prints progress once a second and the rates reached.",
            "With --job it also sends the run start before the data and sets the stop time after it (structure"
                    + " generated for the streamed sources), and waits until the writer has finished the file."
        },
        footer = {
            "",
            "Examples:",
            "  ./jbang stream.java --kafka localhost:9092",
            "  ./jbang stream.java --kafka embedded --speed max --duration 1m --events-per-pulse 10000",
            "  ./jbang stream.java --log-sources 50 --duration 2h --speed 720 --pulse-rate 0",
            "  ./jbang stream.java --events-from run_1234.nxs --log-sources 0 --speed 10",
            "  ./jbang stream.java --job stream.nxs --log-sources 50 --duration 2h --speed 720",
            "  ./jbang stream.java --tof gaussian:20000000:5000000 --detector-ids 1-1000000 --print-structure",
            "",
            "Data time starts at --start (default: now; with --speed other than 1 the data ends now instead, so"
                    + " compressed hours do not lie in the future). Kafka record time = message time."
        })
public class stream implements Callable<Integer> {
    @Option(
            names = "--kafka",
            paramLabel = "ADDRESS",
            defaultValue = "localhost:9092",
            description = "HOST:PORT of the broker (default ${DEFAULT-VALUE}), or embedded: one started for this run.")
    String kafka;

    @Option(
            names = "--duration",
            paramLabel = "TIME",
            converter = DurationConverter.class,
            description = "Data time to stream: 10s (default), 2h, 1h30m (with --events-from: the file's span).")
    Duration duration;

    @Option(names = "--start", paramLabel = "INSTANT", description = "Time of the first message, ISO-8601 (UTC).")
    Instant start;

    @Option(
            names = "--speed",
            paramLabel = "FACTOR",
            defaultValue = "1",
            description = "Data seconds per wall second: 1 (default, real time), 720 (2 h in 10 s), or max.")
    String speed;

    @Option(
            names = "--log-sources",
            paramLabel = "N",
            defaultValue = "10",
            description = "Log sources (default ${DEFAULT-VALUE}; 0: none).")
    int logSources;

    @Option(
            names = "--log-rate",
            paramLabel = "HZ",
            defaultValue = "1",
            description = "Messages per second of each log source (default ${DEFAULT-VALUE}).")
    double logRate;

    @Option(names = "--log-schema", paramLabel = "ID", defaultValue = "f144", description = "f144 (default) or f142.")
    String logSchema;

    @Option(
            names = "--log-topic",
            paramLabel = "TOPIC",
            defaultValue = "stream_logs",
            description = "Topic of the logs (default ${DEFAULT-VALUE}).")
    String logTopic;

    @Option(
            names = "--log-prefix",
            paramLabel = "TEXT",
            defaultValue = "log_",
            description = "Log source names: this and the source's index (default ${DEFAULT-VALUE}).")
    String logPrefix;

    @Option(
            names = "--log-values",
            paramLabel = "KIND",
            defaultValue = "ramp",
            description = "ramp (default: source x 1000000 + message number) or sine.")
    String logValues;

    @Option(
            names = "--pulse-rate",
            paramLabel = "HZ",
            defaultValue = "14",
            description = "Synthetic event pulses per second (default ${DEFAULT-VALUE}; 0: no synthetic events).")
    double pulseRate;

    @Option(
            names = "--events-per-pulse",
            paramLabel = "N",
            defaultValue = "1000",
            description = "Events in each pulse (default ${DEFAULT-VALUE}).")
    int eventsPerPulse;

    @Option(
            names = "--pulses-per-message",
            paramLabel = "N",
            defaultValue = "1",
            description = "Pulses in each ev44 (default ${DEFAULT-VALUE}; ev42 holds one).")
    int pulsesPerMessage;

    @Option(
            names = "--detector-ids",
            paramLabel = "FIRST-LAST",
            defaultValue = "1-10000",
            description = "Range of detector ids, drawn evenly (default ${DEFAULT-VALUE}).")
    String detectorIds;

    @Option(
            names = "--tof",
            paramLabel = "DISTRIBUTION",
            defaultValue = "uniform:0:71000000",
            description = "Times of flight in ns: uniform:MIN:MAX (default ${DEFAULT-VALUE}) or gaussian:MEAN:SIGMA.")
    String tof;

    @Option(
            names = "--seed",
            paramLabel = "N",
            defaultValue = "1",
            description = "Seed of the synthetic events (default ${DEFAULT-VALUE}): same seed, same events.")
    long seed;

    @Option(names = "--event-schema", paramLabel = "ID", defaultValue = "ev44", description = "ev44 (default) or ev42.")
    String eventSchema;

    @Option(
            names = "--event-source",
            paramLabel = "NAME",
            defaultValue = "events",
            description = "Source name of the synthetic events (default ${DEFAULT-VALUE}).")
    String eventSource;

    @Option(
            names = "--event-topic",
            paramLabel = "TOPIC",
            defaultValue = "stream_events",
            description = "Topic of the events (default ${DEFAULT-VALUE}).")
    String eventTopic;

    @Option(
            names = "--events-from",
            paramLabel = "FILE",
            description = "Replay the NXevent_data groups of this NeXus file instead of synthetic events.")
    Path eventsFrom;

    @Option(
            names = "--job",
            paramLabel = "FILE",
            description = "Run a write job for a file of this name around the stream.")
    String jobFile;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            defaultValue = "current",
            converter = ProfileConverter.class,
            description = "With --job: the writers' era, for the pool and command topics (default ${DEFAULT-VALUE}).")
    Profile profile;

    @Option(names = "--pool-topic", paramLabel = "TOPIC", description = "With --job: the job pool topic.")
    String poolTopic;

    @Option(names = "--command-topic", paramLabel = "TOPIC", description = "With --job: the command/status topic.")
    String commandTopic;

    @Option(
            names = "--end-timeout",
            paramLabel = "TIME",
            defaultValue = "60s",
            converter = DurationConverter.class,
            description =
                    "With --job: how long the writer may take to finish after the stop (default ${DEFAULT-VALUE}).")
    Duration endTimeout;

    @Option(names = "--print-structure", description = "Print the NeXus structure JSON for the sources and exit.")
    boolean printStructure;

    @Mixin
    LogFolder logFolder;

    @Mixin
    Verbosity verbosity;

    public static void main(String... args) {
        System.exit(Scripts.execute(new stream(), args));
    }

    @Override
    public Integer call() {
        Pace pace = parse(() -> Pace.parse(speed));
        StreamPlan plan = parse(() -> plan(pace));
        PrintStream out = System.out;
        StreamRun run = new StreamRun(plan, pace, out);
        if (printStructure) {
            out.println(run.structure());
            return 0;
        }
        Path brokerLog = logFolder.in(RepoRoot.of("stream.java")).resolve("stream-broker.log");
        if (jobFile == null) {
            run.publish(kafka, brokerLog);
        } else {
            String pool = poolTopic != null ? poolTopic : ProfileTopics.poolTopicOf(profile);
            String commands = commandTopic != null ? commandTopic : ProfileTopics.commandTopicOf(profile);
            run.publishInJob(kafka, brokerLog, jobFile, pool, commands, endTimeout);
        }
        return 0;
    }

    private StreamPlan plan(Pace pace) {
        boolean fromFile = eventsFrom != null;
        Duration dataTime = duration != null ? duration : fromFile ? null : Duration.ofSeconds(10);
        Instant now = Instant.now();
        Instant first = start != null ? start : now;
        LogSettings logs = logSources == 0
                ? null
                : new LogSettings(logSchema, logPrefix, logSources, logRate, logTopic, LogValues.parse(logValues));
        EventSettings events = fromFile || pulseRate == 0
                ? null
                : new EventSettings(
                        eventSchema,
                        eventSource,
                        eventTopic,
                        new PulseSettings(pulseRate, eventsPerPulse, pulsesPerMessage),
                        new EventDraws(firstId(), lastId(), TimeOfFlight.parse(tof), seed));
        EventFileSettings file =
                !fromFile ? null : new EventFileSettings(eventsFrom, eventSchema, eventTopic, pulsesPerMessage);
        if (fromFile && !Files.isRegularFile(eventsFrom)) {
            throw new IllegalArgumentException("--events-from " + eventsFrom + ": no such file");
        }
        if (logs == null && events == null && file == null) {
            throw new IllegalArgumentException("nothing to stream: give --log-sources, --pulse-rate or --events-from");
        }
        StreamPlan plan = new StreamPlan(first, dataTime, logs, events, file);
        return start == null && !pace.equals(Pace.CLOCK) ? plan.endingAt(now) : plan;
    }

    private int firstId() {
        return Integer.parseInt(detectorIds.split("-", 2)[0].trim());
    }

    private int lastId() {
        String[] parts = detectorIds.split("-", 2);
        return Integer.parseInt(parts.length == 2 ? parts[1].trim() : parts[0].trim());
    }

    /** Bad option values end the script with one line naming the fix. */
    private static <T> T parse(Callable<T> reading) {
        try {
            return reading.call();
        } catch (NumberFormatException e) {
            throw new UsageException("--detector-ids: give FIRST-LAST, e.g. 1-10000");
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
