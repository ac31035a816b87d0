package lib.fuzz;

import java.util.List;

/**
 * What one batch did: the inputs it sent, the answers that broke the protocol, and writers that died or hung while
 * it ran (the check after it comes on top).
 */
record BatchOutcome(FuzzTopic topic, List<FuzzInput> sent, List<Deviation> deviations, List<Problem> problems) {
    BatchOutcome {
        sent = List.copyOf(sent);
        deviations = List.copyOf(deviations);
        problems = List.copyOf(problems);
    }
}
