package lib.stream;

/** How synthetic pulses come: {@code rateHz} of them a second, each of {@code eventsPerPulse} events, so many a message. */
public record PulseSettings(double rateHz, int eventsPerPulse, int pulsesPerMessage) {

    public PulseSettings {
        if (pulsesPerMessage < 1) {
            throw new IllegalArgumentException("pulses per message must be at least 1, not " + pulsesPerMessage);
        }
        if (eventsPerPulse < 0) {
            throw new IllegalArgumentException("events per pulse cannot be negative: " + eventsPerPulse);
        }
    }
}
