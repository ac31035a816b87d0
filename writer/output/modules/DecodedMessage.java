package writer.output.modules;

/**
 * A decoded data message: its schema identifier, source, message time (protocol.md §3, "Timestamp and
 * source") and payload: a typed {@code lib.wire} record where lib.wire has one, else the generated root table.
 */
public record DecodedMessage(String identifier, String source, long timeNs, Object payload) {
    /** The payload as the type the module expects. */
    public <T> T payload(Class<T> type) {
        return type.cast(payload);
    }
}
