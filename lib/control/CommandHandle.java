package lib.control;

import java.time.Duration;
import java.util.Optional;
import java.util.stream.Collectors;
import lib.waits.Waits;

/** One command of a {@link WorkerPool} (a start or a stop): its state, its reply and waits on it. */
public final class CommandHandle {
    private final WorkerPool pool;
    private final String commandId;

    CommandHandle(WorkerPool pool, String commandId) {
        this.pool = pool;
        this.commandId = commandId;
    }

    public String commandId() {
        return commandId;
    }

    public CommandState state() {
        return pool.commandState(commandId);
    }

    /** The command's record with the reply's status code and message; empty while unknown. */
    public Optional<CommandStatus> status() {
        return pool.command(commandId);
    }

    /** The reply's message, "" before a reply. */
    public String message() {
        return status().map(CommandStatus::message).orElse("");
    }

    /** Without an answer within {@code timeout} of being sent the command becomes TIMEOUT_RESPONSE. */
    public CommandHandle setTimeout(Duration timeout) {
        pool.setCommandTimeout(commandId, timeout);
        return this;
    }

    /** Waits until the command is in {@code wanted}. */
    public void awaitState(CommandState wanted, Duration timeout) {
        Waits.until("command " + commandId + " to be " + wanted, timeout, () -> state() == wanted, this::describe);
    }

    /** Waits for SUCCESS; an ERROR reply or TIMEOUT_RESPONSE fails at once, quoting the reply. */
    public void awaitSuccess(Duration timeout) {
        awaitAnswer(CommandState.SUCCESS, timeout);
    }

    /** Waits for an ERROR reply and returns its message; SUCCESS or TIMEOUT_RESPONSE fails at once. */
    public String awaitFailure(Duration timeout) {
        awaitAnswer(CommandState.ERROR, timeout);
        return message();
    }

    private void awaitAnswer(CommandState wanted, Duration timeout) {
        String what = "command " + commandId + " to be " + wanted;
        Waits.until(
                what,
                timeout,
                () -> {
                    CommandState now = state();
                    if (now.isSettled() && now != wanted) {
                        throw new AssertionError(
                                "While waiting for " + what + " it became " + now + reply(now) + ".\n" + describe());
                    }
                    return now == wanted;
                },
                this::describe);
    }

    /** The writer's reply as the first line of a failure shows it: a failed start says why there. */
    private String reply(CommandState now) {
        if (now != CommandState.ERROR) {
            return "";
        }
        return status().map(command -> ": the writer replied " + command.statusCode() + " \""
                        + command.message().lines().collect(Collectors.joining(" ")) + "\"")
                .orElse("");
    }

    String describe() {
        String current = status().map(command -> "Command " + commandId + " is " + command.state() + " (status "
                        + command.statusCode() + ", message \"" + command.message() + "\").")
                .orElse("Command " + commandId + " is unknown (NO_COMMAND).");
        return current + "\n" + pool.recentMessages();
    }

    @Override
    public String toString() {
        return "command " + commandId;
    }
}
