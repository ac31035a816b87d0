/**
 * What every script's command line shares (picocli): the {@code -v} and {@code --logs} options as mixins, the
 * repository root, the {@code --profile} converter, and one error handling that prints one line and picks the exit
 * code (2 for bad input, 1 for anything else, or what an {@link lib.cli.ExitCoded} exception says).
 */
package lib.cli;
