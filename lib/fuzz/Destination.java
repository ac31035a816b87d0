package lib.fuzz;

/** Where one message of an input goes; {@link FuzzTopics} names the topic of each. */
public enum Destination {
    /** The job pool. */
    POOL,
    /** The control topic of the command job (the {@code command} batches). */
    COMMANDS,
    /** The control topic the pool batches' run starts name. */
    POOL_CONTROL,
    /** The control topic of the job of a reordered pair (its stop comes first). */
    REORDER,
    /** The data topic of the data job. */
    DATA
}
