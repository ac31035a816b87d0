package lib.images;

/**
 * What a build does with one step, and why.
 *
 * @param step the step
 * @param run whether it runs
 * @param reason what triggers it, or why it is kept or skipped
 */
public record PlannedStep(Step step, boolean run, String reason) {
    @Override
    public String toString() {
        return step.title() + ": " + word() + " (" + reason + ")";
    }

    /** {@code redo}, {@code keep}, or for a cleanup that does not run, {@code skip}. */
    public String word() {
        return run ? "redo" : step == Step.CLEANUP ? "skip" : "keep";
    }
}
