package writer.output;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import lib.wire.Profile;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import writer.profile.ProfileRules;

/**
 * Writes a NeXus file from a NeXus structure and recorded Kafka records, without Kafka: the same path data
 * takes in the writer (JobOutput), fed from a file. Consumption follows protocol.md §6.1: a topic is read from
 * Kafka time start − time-before-start and ends after the first record past stop + time-after-stop.
 */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = "Writes a NeXus file from a structure JSON and recorded messages (no Kafka needed).%n"
                + "Recording format: magic \"KRM1\", then per record (big-endian): int32 topic length, topic "
                + "UTF-8, int64 Kafka timestamp ms, int32 value length, value bytes.")
public final class ReplayMain implements Callable<Integer> {
    @Option(names = "--structure", required = true, description = "NeXus structure JSON file")
    Path structure;

    @Option(names = "--messages", description = "recorded messages (KRM1 format); none = static file only")
    Path messages;

    @Option(names = "--output", required = true, description = "HDF5 file to create (must not exist)")
    Path output;

    @Option(names = "--start", required = true, description = "job start time, ms since the epoch")
    long startMs;

    @Option(names = "--stop", description = "job stop time, ms since the epoch (default: none)")
    Long stopMs;

    @Option(names = "--profile", defaultValue = "current", description = "current or 2022 (default: ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--time-before-start", defaultValue = "10000", description = "ms (default: ${DEFAULT-VALUE})")
    long timeBeforeStartMs;

    @Option(names = "--time-after-stop", defaultValue = "10000", description = "ms (default: ${DEFAULT-VALUE})")
    long timeAfterStopMs;

    @Option(names = "--file-name", description = "value of the file_name attribute (default: --output as given)")
    String fileName;

    public static void main(String... args) {
        System.exit(new CommandLine(new ReplayMain()).execute(args));
    }

    @Override
    public Integer call() throws Exception {
        ProfileRules rules;
        try {
            rules = ProfileRules.of(Profile.parse(profile));
        } catch (IllegalArgumentException e) {
            System.err.println("replay: --profile " + profile + ": use current or 2022");
            return 2;
        }
        String json;
        List<RecordedMessages.Recorded> records;
        try {
            json = Files.readString(structure);
            records = messages == null ? List.of() : RecordedMessages.read(messages);
        } catch (java.io.IOException e) {
            System.err.println("replay: " + describe(e) + "; check --structure and --messages");
            return 2;
        }
        Instant start = Instant.ofEpochMilli(startMs);
        Instant stop = stopMs == null ? null : Instant.ofEpochMilli(stopMs);
        JobSettings settings = new JobSettings(rules, UUID.randomUUID().toString(), start, stop);
        try (JobOutput job = JobOutput.open(output, fileName == null ? output.toString() : fileName, json, settings)) {
            replay(job, records);
            // what a 2022 status message would carry in "extra" just before the job ends
            System.out.println("status extra: "
                    + new com.fasterxml.jackson.databind.ObjectMapper()
                            .writeValueAsString(new java.util.TreeMap<>(job.statusExtra())));
        } catch (JobStartException e) {
            System.err.println("replay: " + e.getMessage());
            return 1;
        }
        return 0;
    }

    private static String describe(java.io.IOException e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "cannot read " + e.getMessage() + " (no such file)";
        }
        return e.getMessage() == null ? "cannot read the input: " + e : e.getMessage();
    }

    private void replay(JobOutput job, List<RecordedMessages.Recorded> records) {
        Set<String> endedTopics = new HashSet<>();
        for (RecordedMessages.Recorded record : records) {
            if (endedTopics.contains(record.topic()) || record.kafkaTimestampMs() < startMs - timeBeforeStartMs) {
                continue;
            }
            job.accept(record.topic(), record.value(), record.kafkaTimestampMs());
            boolean pastStop = stopMs != null && record.kafkaTimestampMs() > stopMs + timeAfterStopMs;
            if (pastStop || job.topicFinished(record.topic())) {
                endedTopics.add(record.topic());
            }
        }
    }
}
