package lib.stream;

/**
 * What the NeXus structure needs to know of one streamed source: the schema its messages have (which is also the
 * writer module that writes them), its source name and its topic.
 */
public record SourceSpec(String schema, String sourceName, String topic) {

    /** Whether the source sends events (ev42, ev44) rather than log values. */
    public boolean isEvents() {
        return schema.startsWith("ev");
    }
}
