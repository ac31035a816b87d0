package lib.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import lib.wire.JsonData;

/**
 * A batch of data inputs for a running data job (a module per schema, all on the data topic). A valid message sent
 * before the start lets the job's consumer find its first offset; the inputs follow; then the job's stop time is
 * set to the last input's time, and a closing record stamped past stop + time-after-stop (10 s) makes the writer
 * finish the topic (protocol.md §6.1) only after reading every input before it. The job's file must then open.
 */
final class DataBatch {
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration FINISH_TIMEOUT = Duration.ofSeconds(60);
    private static final long PAST_TIME_AFTER_STOP_MS = 11_000;
    private static final int CRASH_CHECK_EVERY = 50;

    private final Exchange exchange;

    DataBatch(Exchange exchange) {
        this.exchange = exchange;
    }

    BatchOutcome run(InputSource source, int count, JobContext replayedJob) {
        int mark = exchange.traffic().answerCount();
        JobContext context = replayedJob != null ? replayedJob : FuzzJobs.newContext();
        List<FuzzInput> sent = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        FuzzJobs.Job job = null;
        try {
            exchange.sender().send(exchange.topics().data(), opener(context), context.startMs());
            job = exchange.jobs()
                    .start(
                            context,
                            exchange.dataStructure(),
                            null,
                            exchange.topics().dataControl(),
                            FuzzJobs.fileName("data", context),
                            JOB_TIMEOUT);
            exchange.jobs().awaitCommandsRead(job, JOB_TIMEOUT);
            long lastMs = context.startMs();
            for (int i = 0; i < count && problems.isEmpty(); i++) {
                FuzzInput input = source.next(job.context(), System.currentTimeMillis());
                if (input == null) {
                    break;
                }
                sent.add(input);
                for (Send send : input.sends()) {
                    Send stamped = source.replay() ? send : send.at(System.currentTimeMillis());
                    exchange.send(stamped);
                    lastMs = Math.max(lastMs, stamped.timestampMs());
                    expected.add(new Expected(input, Expectation.silent(null, "data is never answered")));
                }
                if (i % CRASH_CHECK_EVERY == 0) {
                    problems.addAll(exchange.health().crashes());
                }
            }
            exchange.sender().flush();
            if (problems.isEmpty()) {
                long stopMs = Math.max(lastMs, context.startMs()) + 1;
                exchange.jobs().stop(job, Instant.ofEpochMilli(stopMs), JOB_TIMEOUT);
                exchange.sender()
                        .send(exchange.topics().data(), new JsonData("{}").toBytes(), stopMs + PAST_TIME_AFTER_STOP_MS);
                exchange.sender().flush();
                exchange.jobs().awaitFinished(job, FINISH_TIMEOUT);
                problems.addAll(JobFiles.check(writer(job), exchange.jobs().file(job)));
            }
        } catch (FuzzJobs.Refused refused) {
            problems.add(Problem.hang(job == null ? 0 : writer(job), "the data job: " + refused.getMessage()));
        }
        problems = exchange.health().explained(problems);
        List<Deviation> deviations = problems.isEmpty() ? exchange.answers().check(mark, expected) : List.of();
        return new BatchOutcome(FuzzTopic.DATA, sent, deviations, problems);
    }

    /** A valid message at the job's start, so the consumer's look-up by time finds an offset (§6.1). */
    private byte[] opener(JobContext context) {
        return DataSchema.F144
                .valid("fuzz_opener", context.startMs() * 1_000_000L, new Random(0))
                .toBytes();
    }

    private int writer(FuzzJobs.Job job) {
        return exchange.writers().indexOf(job.context().serviceId());
    }
}
