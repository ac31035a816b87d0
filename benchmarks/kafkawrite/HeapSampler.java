
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Heap of the writer's JVM from {@code jstat -gc} samples: used = S0U + S1U + EU + OU (all generations), old = OU,
 * capacity = S0C + S1C + EC + OC. Samples miss the instants between them, so the job's GC log completes them: the
 * used heap peaks just before a collection or at the end of the job (see WriterJvm).
 */
final class HeapSampler implements AutoCloseable {
    private final Process jstat;
    private final Thread reader;
    private volatile double peakUsedKb;
    private volatile double peakOldKb;
    private volatile double peakCapacityKb;
    private volatile int samples;

    private HeapSampler(Process jstat) {
        this.jstat = jstat;
        this.reader = new Thread(this::read, "jstat-reader");
        reader.setDaemon(true);
        reader.start();
    }

    static HeapSampler start(long pid, int intervalMs) {
        try {
            Process jstat = new ProcessBuilder("jstat", "-gc", Long.toString(pid), Integer.toString(intervalMs))
                    .redirectErrorStream(true)
                    .start();
            return new HeapSampler(jstat);
        } catch (IOException e) {
            throw new UncheckedIOException("could not run jstat (a JDK's bin folder must be on PATH)", e);
        }
    }

    private void read() {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(jstat.getInputStream(), StandardCharsets.UTF_8))) {
            List<String> header = null;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                List<String> fields = List.of(line.trim().split("\\s+"));
                if (fields.contains("EU")) {
                    header = fields;
                } else if (header != null && fields.size() == header.size()) {
                    take(header, fields);
                }
            }
        } catch (IOException | RuntimeException e) {
            // jstat was stopped, or printed something unexpected: the peaks so far stand.
        }
    }

    private void take(List<String> header, List<String> fields) {
        double old = value(header, fields, "OU");
        double used = value(header, fields, "S0U") + value(header, fields, "S1U") + value(header, fields, "EU") + old;
        double capacity = value(header, fields, "S0C")
                + value(header, fields, "S1C")
                + value(header, fields, "EC")
                + value(header, fields, "OC");
        peakUsedKb = Math.max(peakUsedKb, used);
        peakOldKb = Math.max(peakOldKb, old);
        peakCapacityKb = Math.max(peakCapacityKb, capacity);
        samples++;
    }

    private static double value(List<String> header, List<String> fields, String column) {
        return Double.parseDouble(fields.get(header.indexOf(column)));
    }

    /**
     * Stops sampling, and takes one last sample: between collections the heap only grows, so the heap at the end of
     * the job and the sizes before the job's collections hold its exact peak, even for a job shorter than a sample.
     */
    HeapPeak stop(long pid, WriterJvm.Collections pauses) {
        close();
        try {
            Process last = new ProcessBuilder("jstat", "-gc", Long.toString(pid))
                    .redirectErrorStream(true)
                    .start();
            List<String> lines = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            if (last.waitFor() == 0 && lines.size() == 2) {
                take(
                        List.of(lines.get(0).trim().split("\\s+")),
                        List.of(lines.get(1).trim().split("\\s+")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not run jstat (a JDK's bin folder must be on PATH)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        boolean seen = samples > 0 || pauses.count > 0;
        return new HeapPeak(
                seen ? Math.max(peakUsedKb / 1024, pauses.largestBeforeMb) : -1,
                pauses.count == 0 ? -1 : pauses.largestAfterMb,
                peakOldKb / 1024,
                peakCapacityKb / 1024,
                samples,
                pauses.count,
                false);
    }

    @Override
    public void close() {
        jstat.destroy();
        try {
            reader.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
