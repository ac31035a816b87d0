package lib.fuzz;

import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

/**
 * Narrows the inputs of a batch that killed or hung a writer down to the ones that do it, by halving: a half that
 * does it alone is kept and halved again; when neither half does, both are needed and the search stops. Bounded in
 * replays and time, since every replay that reproduces costs a restart of the writers.
 */
final class Minimizer {
    private final Predicate<List<FuzzInput>> reproduces;
    private final int maxReplays;
    private final long deadline;
    private int replays;

    Minimizer(Predicate<List<FuzzInput>> reproduces, int maxReplays, Duration budget) {
        this.reproduces = reproduces;
        this.maxReplays = maxReplays;
        this.deadline = System.nanoTime() + budget.toNanos();
    }

    /** The outcome: the inputs that still do it, and whether the whole batch did it again at all. */
    record Result(List<FuzzInput> inputs, boolean reproduced, int replays) {}

    Result minimize(List<FuzzInput> suspects) {
        if (!tryReplay(suspects)) {
            return new Result(suspects, false, replays);
        }
        List<FuzzInput> current = suspects;
        while (current.size() > 1 && budgetLeft()) {
            List<FuzzInput> first = current.subList(0, current.size() / 2);
            List<FuzzInput> second = current.subList(current.size() / 2, current.size());
            if (tryReplay(first)) {
                current = List.copyOf(first);
            } else if (budgetLeft() && tryReplay(second)) {
                current = List.copyOf(second);
            } else {
                break;
            }
        }
        return new Result(current, true, replays);
    }

    private boolean tryReplay(List<FuzzInput> inputs) {
        if (!budgetLeft()) {
            return false;
        }
        replays++;
        return reproduces.test(inputs);
    }

    private boolean budgetLeft() {
        return replays < maxReplays && System.nanoTime() < deadline;
    }
}
