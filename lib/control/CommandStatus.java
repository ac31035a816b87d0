package lib.control;

import java.time.Duration;
import java.time.Instant;

/**
 * A command as the controller knows it: a start (command id = job id) or a stop. {@code statusCode} and
 * {@code message} come from its {@code answ} (0 and "" before that).
 */
public record CommandStatus(
        String commandId,
        String jobId,
        CommandState state,
        int statusCode,
        String message,
        Instant waitingSince,
        Duration timeout) {

    static CommandStatus waiting(String commandId, String jobId, Instant at, Duration timeout) {
        return new CommandStatus(commandId, jobId, CommandState.WAITING_RESPONSE, 0, "", at, timeout);
    }

    CommandStatus answered(CommandState newState, int newStatusCode, String newMessage) {
        return new CommandStatus(commandId, jobId, newState, newStatusCode, newMessage, waitingSince, timeout);
    }

    CommandStatus withTimeout(Duration newTimeout) {
        return new CommandStatus(commandId, jobId, state, statusCode, message, waitingSince, newTimeout);
    }

    /** Waiting for longer than its timeout reads as TIMEOUT_RESPONSE; a late answer still counts. */
    CommandStatus asOf(Instant now) {
        boolean overdue = state == CommandState.WAITING_RESPONSE
                && waitingSince.plus(timeout).isBefore(now);
        return overdue ? answered(CommandState.TIMEOUT_RESPONSE, statusCode, message) : this;
    }
}
