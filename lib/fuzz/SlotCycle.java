package lib.fuzz;

import java.util.HashMap;
import java.util.Map;

/** Which field to leave out next, per message type: each slot in turn, so every field is left out as often. */
final class SlotCycle {
    private final Map<String, Integer> next = new HashMap<>();

    int next(String messageType, int slots) {
        int slot = next.merge(messageType, 1, Integer::sum) - 1;
        return slot % slots;
    }
}
