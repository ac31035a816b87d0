package lib.cli;

/** An exception that knows the exit code a script ends with when it escapes. */
public interface ExitCoded {
    int exitCode();
}
