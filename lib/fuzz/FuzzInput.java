package lib.fuzz;

import java.util.List;

/**
 * One fuzz input: one message, or a short sequence (duplicated or reordered commands), made from a valid message
 * by one mutation. {@code context} is the job it was made for, null for pool inputs.
 */
public record FuzzInput(
        int number, FuzzTopic topic, MutationKind kind, String description, List<Send> sends, JobContext context) {
    public FuzzInput {
        sends = List.copyOf(sends);
    }

    public int bytes() {
        return sends.stream().mapToInt(Send::size).sum();
    }

    /** "#12 pool field-absent: pl72 job_id left out", for reports. */
    public String describe() {
        return "#" + number + " " + topic.label() + " " + kind.label() + ": " + description;
    }
}
