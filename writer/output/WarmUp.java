package writer.output;

import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import lib.kafka.FileTrees;
import lib.wire.EventData;
import lib.wire.LogData;
import lib.wire.Value;
import writer.profile.ProfileRules;

/**
 * Writes a small throwaway file through the whole output path (structure, ev44 and f144 modules, close) at
 * start-up, so that the first real job does not pay for loading and initialising the classes and the HDF5 code
 * it uses (about 0.15 s of its file creation, data and close phases were measured that way). The file goes to the
 * system temp folder and is deleted; if anything fails the writer only logs it.
 */
public final class WarmUp {
    private static final Logger LOG = System.getLogger(WarmUp.class.getName());
    private static final Instant START = Instant.parse("2020-01-01T00:00:00Z");
    private static final int MESSAGES = 200;
    private static final String STRUCTURE =
            """
            {"children": [{"type": "group", "name": "entry", "attributes": {"NX_class": "NXentry"}, "children": [
              {"type": "group", "name": "events", "children": [
                {"module": "ev44", "config": {"topic": "warm_up", "source": "detector"}}]},
              {"type": "group", "name": "motion", "children": [
                {"module": "f144", "config": {"topic": "warm_up", "source": "motor"}}]}]}]}""";

    private static volatile boolean done;

    private WarmUp() {}

    public static void run(ProfileRules rules) {
        if (done) {
            // Warmed up already (the harness's start gate did it before the writer's start).
            return;
        }
        done = true;
        long started = System.nanoTime();
        Path folder = null;
        try {
            folder = Files.createTempDirectory("file-writer-warm-up-");
            Path file = folder.resolve("warm_up.nxs");
            JobSettings settings = new JobSettings(rules, "warm-up", START, START.plusSeconds(1));
            try (JobOutput output = JobOutput.open(file, file.toString(), STRUCTURE, settings)) {
                int[] values = new int[100];
                for (int i = 0; i < MESSAGES; i++) {
                    long timeNs = nanos(START.plus(Duration.ofMillis(i)));
                    output.accept(
                            "warm_up",
                            EventData.ev44("detector", i, timeNs, values, values)
                                    .toBytes(),
                            0);
                    output.accept(
                            "warm_up",
                            LogData.f144("motor", timeNs, Value.ofDouble(i)).toBytes(),
                            0);
                }
            }
            LOG.log(Level.DEBUG, "Warmed up the output in {0} ms", Math.round((System.nanoTime() - started) / 1e6));
        } catch (JobStartException | IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "No warm-up of the output: {0}", e.toString());
        } finally {
            deleteQuietly(folder);
        }
    }

    private static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) {
            return;
        }
        try {
            FileTrees.delete(folder);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.DEBUG, "Could not remove the warm-up folder {0}: {1}", folder, e.toString());
        }
    }
}
