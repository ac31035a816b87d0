package lib.fuzz;

import java.util.List;

/** Runs a batch of one topic, new inputs or saved ones, and the check after it. */
final class Batches {
    private final Exchange exchange;
    private final PoolBatch pool;
    private final CommandBatch command;
    private final DataBatch data;

    Batches(Exchange exchange) {
        this.exchange = exchange;
        this.pool = new PoolBatch(exchange);
        this.command = new CommandBatch(exchange);
        this.data = new DataBatch(exchange);
    }

    /** A batch of up to {@code count} inputs from {@code source}; its problems include the check after it. */
    BatchOutcome run(FuzzTopic topic, InputSource source, int count, JobContext replayedDataJob) {
        BatchOutcome outcome =
                switch (topic) {
                    case POOL -> pool.run(source, count);
                    case COMMAND -> command.run(source, count);
                    case DATA -> data.run(source, count, replayedDataJob);
                };
        if (!outcome.problems().isEmpty()) {
            return outcome;
        }
        return new BatchOutcome(
                topic, outcome.sent(), outcome.deviations(), exchange.health().check());
    }

    /** Saved inputs of one topic (all from one batch), sent again as they are. */
    BatchOutcome replay(List<FuzzInput> inputs) {
        FuzzTopic topic = inputs.get(0).topic();
        JobContext dataJob = topic == FuzzTopic.DATA ? inputs.get(0).context() : null;
        return run(topic, InputSource.of(inputs), inputs.size(), dataJob);
    }
}
