
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The resident set of a writer that is not a JVM (a C++ build), sampled from /proc while a job runs. */
final class RssSampler implements AutoCloseable {
    private final Path status;
    private final Thread sampler;
    private final int intervalMs;
    private volatile boolean stopped;
    private volatile double peakMb;
    private volatile int samples;

    private RssSampler(long pid, int intervalMs) {
        this.status = Path.of("/proc", Long.toString(pid), "status");
        this.intervalMs = intervalMs;
        this.sampler = new Thread(this::sample, "rss-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    static RssSampler start(long pid, int intervalMs) {
        return new RssSampler(pid, intervalMs);
    }

    private void sample() {
        while (!stopped) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmRSS:")) {
                        peakMb = Math.max(peakMb, Long.parseLong(line.replaceAll("\\D", "")) / 1024.0);
                        samples++;
                    }
                }
                Thread.sleep(intervalMs); // a sampling period, not a wait for a condition
            } catch (IOException e) {
                return; // the process is gone: the peak so far stands
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    HeapPeak stop() {
        close();
        return HeapPeak.rss(peakMb, samples);
    }

    @Override
    public void close() {
        stopped = true;
        sampler.interrupt();
    }
}
