package lib.cli;

import picocli.CommandLine.Option;

/** The {@code -v} option of every script: more output, and full stack traces for errors. */
public final class Verbosity {
    @Option(
            names = {"-v", "--verbose"},
            description = "More output (the script's own details) and full stack traces for errors.")
    boolean verbose;

    public boolean verbose() {
        return verbose;
    }
}
