package lib.stream;

import java.util.Locale;

/**
 * What a synthetic event source sends: {@code schema} ev44 or ev42 (which holds exactly one pulse a message) under
 * {@code sourceName} to {@code topic}, its pulses as {@code pulses} says, its events drawn as {@code draws} says.
 */
public record EventSettings(String schema, String sourceName, String topic, PulseSettings pulses, EventDraws draws) {

    public EventSettings {
        schema = schema.toLowerCase(Locale.ROOT);
        if (!schema.equals("ev44") && !schema.equals("ev42")) {
            throw new IllegalArgumentException("event schema '" + schema + "': use ev44 or ev42");
        }
        if (schema.equals("ev42") && pulses.pulsesPerMessage() != 1) {
            throw new IllegalArgumentException("an ev42 holds one pulse: use --pulses-per-message 1 or ev44");
        }
    }
}
