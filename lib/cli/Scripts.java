package lib.cli;

import picocli.CommandLine;

/**
 * Runs a script's picocli command with the project's error handling: a bad option is one line with a suggestion
 * and exit code 2; an exception that escapes is one line (its stack trace too with {@code -v}) and the exit code
 * of {@link ExitCoded}, else 2 for picocli's parameter errors and 1 for anything else.
 */
public final class Scripts {
    private Scripts() {}

    /** Parses {@code args} into {@code command}, runs it and returns the exit code for {@code System.exit}. */
    public static int execute(Object command, String... args) {
        CommandLine commandLine = new CommandLine(command)
                .setParameterExceptionHandler(Scripts::badOption)
                .setExecutionExceptionHandler(Scripts::failure);
        return commandLine.execute(args);
    }

    private static int badOption(CommandLine.ParameterException e, String[] args) {
        String suggestion = "see --help";
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getSuggestions().isEmpty()) {
            suggestion = "did you mean " + String.join(" or ", unmatched.getSuggestions()) + "?";
        }
        e.getCommandLine().getErr().println(name(e.getCommandLine()) + ": " + e.getMessage() + "; " + suggestion);
        return 2;
    }

    private static int failure(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        cmd.getErr().println(name(cmd) + ": " + message);
        if (parseResult.hasMatchedOption("-v") || cmd.getParseResult().hasMatchedOption("-v")) {
            e.printStackTrace(cmd.getErr());
        }
        if (e instanceof ExitCoded coded) {
            return coded.exitCode();
        }
        return e instanceof CommandLine.ParameterException ? 2 : 1;
    }

    /** The top-level command's name, as users typed it (a subcommand's error still names the script). */
    private static String name(CommandLine cmd) {
        CommandLine top = cmd;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        return top.getCommandName();
    }
}
