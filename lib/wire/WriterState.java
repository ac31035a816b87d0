package lib.wire;

import java.util.Arrays;

/**
 * The {@code state} an x5f2's status JSON carries (protocol.md §4.8): what the writer says it does. The controller's
 * view of a writer ({@code lib.control.WorkerState}) adds what it concludes, e.g. that a silent writer is gone.
 */
public enum WriterState {
    /** {@code "idle"}: in the job pool, waiting for a start. */
    IDLE("idle"),
    /** {@code "writing"}: writing a job; its statuses then go to the job's control topic. */
    WRITING("writing"),
    /** No {@code state}, or one protocol.md does not name. */
    UNKNOWN("");

    private final String text;

    WriterState(String text) {
        this.text = text;
    }

    /** The word in the status JSON; "" for UNKNOWN. */
    public String text() {
        return text;
    }

    /** The state the status JSON's word names; UNKNOWN for an empty or unknown word. */
    public static WriterState named(String word) {
        return Arrays.stream(values())
                .filter(state -> state != UNKNOWN && state.text.equals(word))
                .findFirst()
                .orElse(UNKNOWN);
    }
}
