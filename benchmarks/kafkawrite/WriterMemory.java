
import java.nio.file.Path;
import java.util.Optional;
import lib.containers.WriterContainer;
import lib.writers.StartingWriter;
import lib.writers.WriterProcess;

/**
 * How the benchmark sees a writer's memory per job: a JVM (the reference writer as a process or in a container, whose
 * JVM the host can attach to) gets a full collection before each job, a GC log and jstat samples, giving exact heap
 * peaks; any other process (a C++ build) gets its resident set sampled; a writer without a PID gets nothing.
 */
final class WriterMemory implements AutoCloseable {
    private final Long pid;
    private final WriterJvm jvm;
    private final int sampleMs;
    private long gcLogFrom;
    private HeapSampler heap;
    private RssSampler rss;

    private WriterMemory(Long pid, WriterJvm jvm, int sampleMs) {
        this.pid = pid;
        this.jvm = jvm;
        this.sampleMs = sampleMs;
    }

    static WriterMemory of(StartingWriter writer, Path gcLog, int sampleMs) {
        Optional<Long> pid = pidOf(writer);
        if (pid.isEmpty()) {
            return new WriterMemory(null, null, sampleMs);
        }
        Optional<Long> java = JavaProcess.find(pid.get());
        if (java.isEmpty()) {
            return new WriterMemory(pid.get(), null, sampleMs);
        }
        return new WriterMemory(java.get(), WriterJvm.attach(java.get(), gcLog), sampleMs);
    }

    private static Optional<Long> pidOf(StartingWriter writer) {
        if (writer instanceof WriterProcess process) {
            return Optional.of(process.pid());
        }
        if (writer instanceof WriterContainer container) {
            return container.hostPid();
        }
        return Optional.empty();
    }

    /** The JVM, for a flight recording; null when the writer is not one. */
    WriterJvm jvm() {
        return jvm;
    }

    String describe() {
        if (pid == null) {
            return "no PID known: memory not measured";
        }
        return jvm != null ? "JVM PID " + pid + " (heap from jcmd, jstat)" : "PID " + pid + " (resident set)";
    }

    void beforeJob() {
        if (jvm != null) {
            jvm.collect();
            gcLogFrom = jvm.logPosition();
            heap = HeapSampler.start(pid, sampleMs);
        } else if (pid != null) {
            rss = RssSampler.start(pid, sampleMs);
        }
    }

    HeapPeak afterJob() {
        HeapPeak peak = HeapPeak.UNKNOWN;
        if (heap != null) {
            peak = heap.stop(pid, jvm.collectionsSince(gcLogFrom));
        } else if (rss != null) {
            peak = rss.stop();
        }
        heap = null;
        rss = null;
        return peak;
    }

    @Override
    public void close() {
        if (heap != null) {
            heap.close();
        }
        if (rss != null) {
            rss.close();
        }
    }
}
