package writer.output.modules;

import com.google.flatbuffers.Table;

/**
 * A decoded data message: its schema identifier, source, message time (protocol.md §3, "Timestamp and
 * source") and the flatbuffer root table, whose generated class depends on the identifier.
 */
public record DataMessage(String identifier, String source, long timeNs, Table root) {
    /** The root table as the generated class the module expects. */
    public <T extends Table> T root(Class<T> type) {
        return type.cast(root);
    }
}
