package lib.control;

/** What the controller knows about one write job (catalogue §1.2). */
public enum JobState {
    /** The controller has never heard of this job id. */
    NO_JOB,
    /** Sent to the pool or seen as a run start, no writer has taken it yet. */
    WAITING,
    /** A writer reported that it writes this job. */
    WRITING,
    /** The writer finished the file without error. */
    DONE,
    /** The start was refused or the writer finished with an error. */
    ERROR,
    /** Neither DONE nor ERROR, and nothing heard about it within the job silence timeout. */
    TIMEOUT,
    /** Named by the original controller's state list; this controller never sets it. */
    UNAVAILABLE;

    /** DONE and ERROR end a job; nothing times out after them. */
    boolean isFinal() {
        return this == DONE || this == ERROR;
    }
}
