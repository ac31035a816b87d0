package lib.stream;

/**
 * How each synthetic event is drawn: its detector id evenly from {@code firstDetectorId .. lastDetectorId}, its time
 * of flight from {@code timeOfFlight}; the same seed gives the same events.
 */
public record EventDraws(int firstDetectorId, int lastDetectorId, TimeOfFlight timeOfFlight, long seed) {

    /** Detector ids 1 .. 10 000, times of flight over the 71 ms of a 14 Hz pulse, seed 1. */
    public static final EventDraws DEFAULT = new EventDraws(1, 10_000, TimeOfFlight.DEFAULT, 1);

    public EventDraws {
        if (lastDetectorId < firstDetectorId) {
            throw new IllegalArgumentException(
                    "detector ids " + firstDetectorId + "-" + lastDetectorId + ": the first must not exceed the last");
        }
    }
}
