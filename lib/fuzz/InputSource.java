package lib.fuzz;

import java.util.Iterator;
import java.util.List;

/** Where a batch takes its inputs from: the generator, made for the running job, or a saved list (a replay). */
interface InputSource {
    /** The next input, or null when there is none; {@code job} is the job running now (null if none). */
    FuzzInput next(JobContext job, long nowMs);

    /** Whether the inputs carry their own jobs (and data inputs their record timestamps): a replay. */
    boolean replay();

    /** Saved inputs, sent as they are. */
    static InputSource of(List<FuzzInput> inputs) {
        Iterator<FuzzInput> remaining = List.copyOf(inputs).iterator();
        return new InputSource() {
            @Override
            public FuzzInput next(JobContext job, long nowMs) {
                return remaining.hasNext() ? remaining.next() : null;
            }

            @Override
            public boolean replay() {
                return true;
            }
        };
    }

    /** New inputs of {@code topic} from {@code generator}. */
    static InputSource generated(InputGenerator generator, FuzzTopic topic) {
        return new InputSource() {
            @Override
            public FuzzInput next(JobContext job, long nowMs) {
                return switch (topic) {
                    case POOL -> generator.pool(nowMs);
                    case COMMAND -> generator.command(job, nowMs);
                    case DATA -> generator.data(job, nowMs);
                };
            }

            @Override
            public boolean replay() {
                return false;
            }
        };
    }
}
