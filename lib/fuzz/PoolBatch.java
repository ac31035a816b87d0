package lib.fuzz;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import lib.wire.ActionResponse;
import lib.wire.ActionType;

/**
 * A batch of pool inputs: each message is sent with the answer protocol.md promises to it; jobs the inputs start
 * are stopped by a {@link Janitor}; a valid start sent last is the barrier (the pool is read in order, so once it is
 * answered every input before it has been handled); then the answs are checked.
 */
final class PoolBatch {
    private static final Duration BARRIER_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DRAIN_TIMEOUT = Duration.ofSeconds(40);
    private static final int CRASH_CHECK_EVERY = 5;

    private final Exchange exchange;

    PoolBatch(Exchange exchange) {
        this.exchange = exchange;
    }

    BatchOutcome run(InputSource source, int count) {
        int mark = exchange.traffic().answerCount();
        Janitor janitor = new Janitor(exchange, mark);
        List<FuzzInput> sent = new ArrayList<>();
        List<Expected> expected = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> fileNames = new HashSet<>();
        for (int i = 0; i < count && problems.isEmpty(); i++) {
            FuzzInput input = source.next(null, System.currentTimeMillis());
            if (input == null) {
                break;
            }
            sent.add(input);
            for (Send send : input.sends()) {
                expected.add(new Expected(input, promise(input, send, fileNames)));
                if (send.destination() == Destination.POOL) {
                    janitor.watch(input, send.bytes());
                }
                exchange.send(send.at(System.currentTimeMillis()));
            }
            janitor.tick();
            if (i % CRASH_CHECK_EVERY == 0) {
                problems.addAll(exchange.health().crashes());
            }
        }
        exchange.sender().flush();
        if (problems.isEmpty()) {
            problems.addAll(barrier(janitor));
        }
        if (problems.isEmpty()) {
            problems.addAll(janitor.drain(DRAIN_TIMEOUT));
        }
        problems = exchange.health().explained(problems);
        List<Deviation> deviations = problems.isEmpty() ? exchange.answers().check(mark, expected) : List.of();
        return new BatchOutcome(FuzzTopic.POOL, sent, deviations, problems);
    }

    private Expectation promise(FuzzInput input, Send send, Set<String> fileNames) {
        Expectation promise;
        if (send.destination() == Destination.REORDER) {
            promise = exchange.stops().stopBeforeStart(send.bytes());
        } else {
            String fileName = StartOracle.fileName(send.bytes());
            boolean taken = fileName != null && !fileNames.add(fileName);
            promise = exchange.starts().expect(send.bytes(), taken);
        }
        return input.kind().structural() ? promise : promise.orSilence();
    }

    /** A valid start behind the inputs, ending at once; its answ means the pool got through every input. */
    private List<Problem> barrier(Janitor janitor) {
        JobContext context = FuzzJobs.newContext();
        String fileName = FuzzJobs.fileName("barrier", context);
        int mark = exchange.jobs()
                .send(
                        context,
                        JsonTexts.BASE,
                        Instant.ofEpochMilli(context.startMs() + 1),
                        exchange.topics().poolControl(),
                        fileName);
        long deadline = System.nanoTime() + BARRIER_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            janitor.tick();
            Optional<Traffic.Answer> answer = exchange.traffic()
                    .awaitAnswer(
                            mark,
                            reply -> reply.action() == ActionType.START_JOB
                                    && reply.jobId().equals(context.jobId()),
                            Duration.ofMillis(200));
            if (answer.isPresent()) {
                ActionResponse reply = answer.get().answer();
                return reply.statusCode() == 201
                        ? List.of()
                        : List.of(Problem.hang(
                                exchange.writers().indexOf(reply.serviceId()),
                                "refused a valid start behind the pool inputs: " + reply.statusCode() + " "
                                        + AnswerCheck.brief(reply.message())));
            }
            List<Problem> crashes = exchange.health().crashes();
            if (!crashes.isEmpty()) {
                return crashes;
            }
        }
        return List.of(Problem.hang(
                0,
                "no writer answered a valid start behind the pool inputs within " + BARRIER_TIMEOUT.toSeconds() + " s ("
                        + janitor.runningCount() + " fuzz job(s) running)"));
    }
}
