package lib.images;

import lib.cli.ExitCoded;

/**
 * A one-line error of the image build that names the fix. {@link #badInput()} errors come from the command line or a
 * recipe (exit code 2); the others from Docker or a step (exit code 1).
 */
public class ImageBuildException extends RuntimeException implements ExitCoded {
    private final boolean badInput;

    ImageBuildException(String message, boolean badInput) {
        super(message);
        this.badInput = badInput;
    }

    ImageBuildException(String message, Throwable cause) {
        super(message, cause);
        this.badInput = false;
    }

    static ImageBuildException badInput(String message) {
        return new ImageBuildException(message, true);
    }

    static ImageBuildException failure(String message) {
        return new ImageBuildException(message, false);
    }

    /** True when the user's input (an option, a recipe) is wrong. */
    public boolean badInput() {
        return badInput;
    }

    /** The process exit code for this error. */
    @Override
    public int exitCode() {
        return badInput ? 2 : 1;
    }
}
