package lib.runner;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ParameterResolutionException;

/** A test failure as the user reads it: the message, and where in the test it happened. */
final class Failures {
    private static final int FRAMES_SHOWN = 5;

    private Failures() {}

    static String describe(Throwable failure, String indent, boolean verbose) {
        List<String> lines = new ArrayList<>();
        String message = String.valueOf(failure.getMessage());
        lines.add(failure.getClass().getSimpleName() + ": " + message.strip());
        // A fixture that cannot resolve a parameter says what to fix; where in the harness it noticed is noise.
        boolean located = verbose || !(failure instanceof ParameterResolutionException);
        StackTraceElement[] frames = located ? failure.getStackTrace() : new StackTraceElement[0];
        int shown = 0;
        for (StackTraceElement frame : frames) {
            boolean ours = frame.getClassName().startsWith("tests.")
                    || frame.getClassName().startsWith("selftests.")
                    || frame.getClassName().startsWith("lib.");
            if (verbose || ours) {
                lines.add("  at " + frame);
                if (++shown >= FRAMES_SHOWN && !verbose) {
                    break;
                }
            }
        }
        Throwable cause = failure.getCause();
        if (cause != null && cause != failure) {
            lines.add("caused by " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
        }
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            for (String part : line.split("\n")) {
                text.append(indent).append(part).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }
}
