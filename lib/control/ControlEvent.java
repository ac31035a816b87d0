package lib.control;

/**
 * One decoded message from a command, status or control topic, reduced to what the registries need.
 * Keeping the registries on these small values lets them be reasoned about without flatbuffers.
 */
sealed interface ControlEvent permits StatusSeen, AnswerSeen, FinishedSeen, StartSeen, StopSeen {

    /** One line for the message history: identifier, service id, job id and what it says. */
    String describe();
}
