package lib.control;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Commands by command id (a start's id is its job id), following catalogue §1.2. Thread-safe. */
final class CommandRegistry {
    private final Map<String, CommandStatus> commands = new HashMap<>();
    private final Clock clock;
    private final Duration defaultTimeout;

    CommandRegistry(Clock clock, Duration defaultTimeout) {
        this.clock = clock;
        this.defaultTimeout = defaultTimeout;
    }

    synchronized void onSent(String commandId, String jobId) {
        commands.put(commandId, CommandStatus.waiting(commandId, jobId, clock.instant(), defaultTimeout));
    }

    /** A command read back from a topic waits for its answer, unless it was answered already. */
    synchronized void onSeen(String commandId, String jobId) {
        if (!commandId.isEmpty()) {
            commands.putIfAbsent(commandId, CommandStatus.waiting(commandId, jobId, clock.instant(), defaultTimeout));
        }
    }

    synchronized void onAnswer(AnswerSeen answer) {
        String commandId = answer.answeredCommandId();
        if (commandId.isEmpty()) {
            return;
        }
        CommandStatus known = commands.getOrDefault(
                commandId, CommandStatus.waiting(commandId, answer.jobId(), clock.instant(), defaultTimeout));
        commands.put(commandId, known.answered(answer.commandState(), answer.statusCode(), answer.message()));
    }

    synchronized void setTimeout(String commandId, Duration timeout) {
        commands.computeIfPresent(commandId, (id, command) -> command.withTimeout(timeout));
    }

    synchronized Optional<CommandStatus> find(String commandId) {
        return Optional.ofNullable(commands.get(commandId)).map(command -> command.asOf(clock.instant()));
    }
}
