package writer.protocol;

/** Where a pl72 came from: the shared job pool, or a command/control topic (2022 only, addressed by service id). */
public enum StartOrigin {
    POOL,
    COMMAND_TOPIC
}
