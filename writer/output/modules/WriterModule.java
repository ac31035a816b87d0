package writer.output.modules;

import java.util.Map;

/** Writes the messages of one stream into its group. Created after the static structure, closed before links. */
public interface WriterModule {
    /** The flatbuffer identifier this module reads. */
    String identifier();

    /** ev42/ev44 keep messages with a repeated time; everything else drops them (§6.2). */
    default boolean acceptsRepeatedTimes() {
        return false;
    }

    /**
     * Writes one message that passed the data-window filter.
     * @param buffered true for the last message before the start, written when the window opened (HEAD flag)
     */
    void write(DecodedMessage message, boolean buffered);

    /** Writes what is only known at the end (meta-data). The datasets are flushed by the file. */
    default void finish() {}

    /** Live values for the 2022 status `extra`, keyed by name (without the group path). */
    default Map<String, Object> statusExtra() {
        return Map.of();
    }
}
