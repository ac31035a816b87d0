
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import lib.control.JobState;
import lib.control.JobStatus;
import lib.control.StartedJob;
import lib.control.WorkerPool;
import lib.control.WriteJob;
import lib.waits.Waits;

/**
 * Runs one job on one writer and times it as the harness sees it: from sending the start to the file appearing in
 * the output folder, and to the job's wrdn (the pool's listener and waits poll every 10 ms, the file every 1 ms).
 */
final class JobRunner {
    private final WorkerPool pool;
    private final WriterMemory memory;
    private final Path output;
    private final String controlTopic;
    private final Duration timeout;

    JobRunner(WorkerPool pool, WriterMemory memory, Path output, String controlTopic, Duration timeout) {
        this.pool = pool;
        this.memory = memory;
        this.output = output;
        this.controlTopic = controlTopic;
        this.timeout = timeout;
    }

    /**
     * Runs one job; for ev44 the output folder's raw write speed for {@code bytes} is measured just before, so the
     * writer and its bound see the same state of the machine.
     */
    JobResult run(Workload workload, String fileName, long bytes) throws IOException {
        Path file = output.resolve(fileName);
        WriteJob job = WriteJob.of(fileName, workload.structure(), Workload.WINDOW_START, workload.stop())
                .with(start -> start.controlTopic(controlTopic));
        pool.waitIdle(1, Duration.ofSeconds(60));
        Rate rawWrite = workload.isEv44() ? OutputSpeed.measure(output, bytes) : null;
        memory.beforeJob();
        long started = System.nanoTime();
        StartedJob running = pool.startJob(job);
        Waits.await("the file " + file + " or the job's end")
                .atMost(timeout)
                .polling(Duration.ofMillis(1))
                .lastSeen(() -> "Job state: " + running.job().state() + ".")
                .until(() -> Files.exists(file) || ended(running.job().state()));
        double fileSeconds = (System.nanoTime() - started) / 1e9;
        JobStatus done = running.job().awaitDone(timeout);
        double doneSeconds = (System.nanoTime() - started) / 1e9;
        HeapPeak heap = memory.afterJob();
        if (!done.message().isEmpty()) {
            System.out.println("  wrdn message: " + done.message());
        }
        return new JobResult(workload, fileSeconds, doneSeconds, heap, FileCheck.problemWith(file, workload), rawWrite);
    }

    private static boolean ended(JobState state) {
        return state == JobState.DONE || state == JobState.ERROR;
    }
}
