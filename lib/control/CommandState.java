package lib.control;

/** What the controller knows about one command: a start (id = job id) or a stop (catalogue §1.2). */
public enum CommandState {
    /** Named by the original controller's list; never set here (a reply with an unknown outcome is invalid). */
    UNKNOWN,
    /** The controller has never heard of this command id. */
    NO_COMMAND,
    /** Sent or seen on a topic, not answered yet. */
    WAITING_RESPONSE,
    /** Answered with outcome Success. */
    SUCCESS,
    /** Answered with outcome Failure. */
    ERROR,
    /** Not answered within the command's timeout. */
    TIMEOUT_RESPONSE;

    /** SUCCESS, ERROR and TIMEOUT_RESPONSE settle a command; a wait for one of them may stop at the others. */
    boolean isSettled() {
        return this == SUCCESS || this == ERROR || this == TIMEOUT_RESPONSE;
    }
}
