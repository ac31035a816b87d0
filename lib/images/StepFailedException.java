package lib.images;

/** A recipe step that failed; the message holds its exit code, its last output lines and how to look around. */
public final class StepFailedException extends ImageBuildException {
    private final Step step;
    private final int exitCode;

    StepFailedException(Step step, int exitCode, String message) {
        super(message, false);
        this.step = step;
        this.exitCode = exitCode;
    }

    /** The step that failed. */
    public Step step() {
        return step;
    }

    /** Its exit code in the container. */
    public int stepExitCode() {
        return exitCode;
    }
}
