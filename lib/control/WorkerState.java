package lib.control;

/** What the controller knows about one writer (catalogue §1.2). */
public enum WorkerState {
    /** Its last status said {@code idle}, or it just finished a job. */
    IDLE,
    /** Its last status said {@code writing}. */
    WRITING,
    /** Heard from, but its status named no state this controller knows. */
    UNKNOWN,
    /** Not heard from within the worker silence timeout. */
    UNAVAILABLE
}
