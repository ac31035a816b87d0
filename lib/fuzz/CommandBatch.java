package lib.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A batch of command inputs on the control topic of a running job (the command job, a static structure without
 * stop time). Each message is judged against what the job is at that moment; a message that ends the job (stop-now,
 * a past stop time) is followed by a wait for its wrdn and a new job. A probe stop sent last is the barrier; then
 * the job is stopped, its file opened and the answs checked.
 */
final class CommandBatch {
    private static final Duration JOB_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration END_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration MAY_END_WAIT = Duration.ofSeconds(2);
    private static final int CRASH_CHECK_EVERY = 10;

    private final Exchange exchange;
    private FuzzJobs.Job job;
    private JobModel model;
    /** Where the running batch's answs start. */
    private int mark;

    CommandBatch(Exchange exchange) {
        this.exchange = exchange;
    }

    BatchOutcome run(InputSource source, int count) {
        mark = exchange.traffic().answerCount();
        job = null; // a job of an earlier batch may be gone with the writers restarted since
        List<FuzzInput> sent = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try {
            for (int i = 0; i < count && problems.isEmpty(); i++) {
                if (job == null && !source.replay()) {
                    startJob(FuzzJobs.newContext());
                }
                FuzzInput input = source.next(job == null ? null : job.context(), System.currentTimeMillis());
                if (input == null) {
                    break;
                }
                if (source.replay()
                        && (job == null || !job.jobId().equals(input.context().jobId()))) {
                    endJob(problems);
                    // Started now, not at its old start time: a job reads its control topic from its start time,
                    // and a job of the same id ended earlier in this replay would read that job's commands again.
                    startJob(new JobContext(input.context().jobId(), System.currentTimeMillis(), ""));
                }
                sent.add(input);
                problems.addAll(send(input, expected));
                if (i % CRASH_CHECK_EVERY == 0) {
                    problems.addAll(exchange.health().crashes());
                }
            }
            exchange.sender().flush();
            if (problems.isEmpty() && job != null) {
                exchange.jobs().awaitCommandsRead(job, JOB_TIMEOUT);
            }
            endJob(problems);
            job = null;
        } catch (FuzzJobs.Refused refused) {
            problems.add(Problem.hang(job == null ? 0 : writerOfJob(), "the command job: " + refused.getMessage()));
            job = null;
        }
        problems = exchange.health().explained(problems);
        List<Deviation> deviations = problems.isEmpty() ? exchange.answers().check(mark, expected) : List.of();
        return new BatchOutcome(FuzzTopic.COMMAND, sent, deviations, problems);
    }

    /** Sends the input's messages; waits for the job's end when one of them ends it. */
    private List<Problem> send(FuzzInput input, List<Expected> expected) {
        StopOracle.Effect effect = StopOracle.Effect.CONTINUES;
        ReplyKey endingKey = null;
        for (Send send : input.sends()) {
            StopOracle.Verdict verdict = exchange.stops().judge(send.bytes(), model, Instant.now());
            Expectation promise = input.kind().structural()
                    ? verdict.expectation()
                    : verdict.expectation().orSilence();
            if (effect != StopOracle.Effect.CONTINUES) {
                // Behind a stop of the same input: read before the job ends, or not at all.
                promise = Expectation.open(promise.key(), "sent right behind a stop that ends the job");
            }
            expected.add(new Expected(input, promise));
            exchange.send(send.at(System.currentTimeMillis()));
            if (verdict.effect() != StopOracle.Effect.CONTINUES && effect == StopOracle.Effect.CONTINUES) {
                effect = verdict.effect();
                endingKey = promise.key();
            }
        }
        if (effect == StopOracle.Effect.CONTINUES) {
            return List.of();
        }
        exchange.sender().flush();
        return awaitEnd(input, effect, endingKey);
    }

    private List<Problem> awaitEnd(FuzzInput input, StopOracle.Effect effect, ReplyKey key) {
        Optional<Traffic.Answer> answer = exchange.traffic()
                .awaitAnswer(mark, reply -> key != null && ReplyKey.of(reply).equals(key), END_TIMEOUT);
        if (answer.isEmpty() || answer.get().answer().statusCode() != 201) {
            return List.of(); // not accepted: the job goes on, and the answer check reports the answer
        }
        Duration wait = effect == StopOracle.Effect.ENDS ? END_TIMEOUT : MAY_END_WAIT;
        if (exchange.traffic()
                .awaitFinished(job.jobId(), job.answeredAt(), wait)
                .isPresent()) {
            List<Problem> problems =
                    JobFiles.check(writerOfJob(), exchange.jobs().file(job));
            job = null;
            return problems;
        }
        if (effect == StopOracle.Effect.MAY_END) {
            model.setStop(Instant.MAX); // the job goes on, so its stop time lies ahead
            return List.of();
        }
        return List.of(Problem.hang(
                writerOfJob(),
                "job " + job.jobId() + " did not end within " + END_TIMEOUT.toSeconds()
                        + " s of an accepted stop (input #" + input.number() + ")"));
    }

    private void startJob(JobContext context) {
        String fileName = FuzzJobs.fileName("command", context);
        job = exchange.jobs()
                .start(context, JsonTexts.BASE, null, exchange.topics().commands(), fileName, JOB_TIMEOUT);
        exchange.jobs().awaitCommandsRead(job, JOB_TIMEOUT);
        model = new JobModel(job.context(), null);
    }

    /** Stops the running job, if any, and checks its file. */
    private void endJob(List<Problem> problems) {
        if (job == null || !problems.isEmpty()) {
            return;
        }
        exchange.jobs().stop(job, null, JOB_TIMEOUT);
        exchange.jobs().awaitFinished(job, JOB_TIMEOUT);
        problems.addAll(JobFiles.check(writerOfJob(), exchange.jobs().file(job)));
        job = null;
    }

    private int writerOfJob() {
        return exchange.writers().indexOf(job.context().serviceId());
    }
}
