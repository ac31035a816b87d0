package lib.stream;

import java.nio.file.Path;
import java.util.Locale;

/** Which NeXus file's NXevent_data groups to replay, as which schema (ev44 or ev42), to which topic. */
public record EventFileSettings(Path file, String schema, String topic, int pulsesPerMessage) {

    public EventFileSettings {
        schema = schema.toLowerCase(Locale.ROOT);
        if (!schema.equals("ev44") && !schema.equals("ev42")) {
            throw new IllegalArgumentException("event schema '" + schema + "': use ev44 or ev42");
        }
    }
}
