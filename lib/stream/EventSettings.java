package lib.stream;

import java.util.Locale;

/**
 * What a synthetic event source sends: {@code schema} ev44 or ev42, {@code pulsesPerMessage} pulses in each
 * message (ev42 holds exactly one), each with {@code eventsPerPulse} events whose detector ids are drawn evenly from
 * {@code firstDetectorId .. lastDetectorId} and whose times of flight follow {@code timeOfFlight}. The same seed
 * gives the same events.
 */
public record EventSettings(
        String schema,
        String sourceName,
        String topic,
        double pulseRateHz,
        int eventsPerPulse,
        int pulsesPerMessage,
        int firstDetectorId,
        int lastDetectorId,
        TimeOfFlight timeOfFlight,
        long seed) {

    public EventSettings {
        schema = schema.toLowerCase(Locale.ROOT);
        if (!schema.equals("ev44") && !schema.equals("ev42")) {
            throw new IllegalArgumentException("event schema '" + schema + "': use ev44 or ev42");
        }
        if (schema.equals("ev42") && pulsesPerMessage != 1) {
            throw new IllegalArgumentException("an ev42 holds one pulse: use --pulses-per-message 1 or ev44");
        }
        if (pulsesPerMessage < 1) {
            throw new IllegalArgumentException("pulses per message must be at least 1, not " + pulsesPerMessage);
        }
        if (eventsPerPulse < 0) {
            throw new IllegalArgumentException("events per pulse cannot be negative: " + eventsPerPulse);
        }
        if (lastDetectorId < firstDetectorId) {
            throw new IllegalArgumentException(
                    "detector ids " + firstDetectorId + "-" + lastDetectorId + ": the first must not exceed the last");
        }
    }

    /** 14 Hz pulses of 1000 events, one pulse per ev44, detector ids 1 .. 10 000, times of flight over 71 ms. */
    public static EventSettings defaults(String sourceName, String topic) {
        return new EventSettings("ev44", sourceName, topic, 14, 1000, 1, 1, 10_000, TimeOfFlight.DEFAULT, 1);
    }

    public EventSettings withPulses(double rateHz, int events, int perMessage) {
        return new EventSettings(
                schema,
                sourceName,
                topic,
                rateHz,
                events,
                perMessage,
                firstDetectorId,
                lastDetectorId,
                timeOfFlight,
                seed);
    }

    public EventSettings withDetectorIds(int first, int last) {
        return new EventSettings(
                schema,
                sourceName,
                topic,
                pulseRateHz,
                eventsPerPulse,
                pulsesPerMessage,
                first,
                last,
                timeOfFlight,
                seed);
    }

    public EventSettings withSchema(String newSchema) {
        return new EventSettings(
                newSchema,
                sourceName,
                topic,
                pulseRateHz,
                eventsPerPulse,
                pulsesPerMessage,
                firstDetectorId,
                lastDetectorId,
                timeOfFlight,
                seed);
    }

    public EventSettings withTimeOfFlight(TimeOfFlight distribution, long newSeed) {
        return new EventSettings(
                schema,
                sourceName,
                topic,
                pulseRateHz,
                eventsPerPulse,
                pulsesPerMessage,
                firstDetectorId,
                lastDetectorId,
                distribution,
                newSeed);
    }
}
