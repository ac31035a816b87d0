package lib.fuzz;

import java.time.Instant;

/**
 * What the fuzzer knows of the job its command inputs are aimed at: its id, the writer running it, and its stop time
 * as the accepted commands have set it.
 */
final class JobModel {
    private final JobContext context;
    private Instant stop;

    JobModel(JobContext context, Instant stopOrNull) {
        this.context = context;
        this.stop = stopOrNull;
    }

    String jobId() {
        return context.jobId();
    }

    String serviceId() {
        return context.serviceId();
    }

    Instant stopOrNull() {
        return stop;
    }

    void setStop(Instant newStop) {
        stop = newStop;
    }
}
