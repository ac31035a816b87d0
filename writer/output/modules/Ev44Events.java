package writer.output.modules;

import java.nio.IntBuffer;
import java.nio.LongBuffer;

/** The vectors of one ev44 message, as little-endian views of the record they came in. */
record Ev44Events(LongBuffer referenceTime, IntBuffer referenceTimeIndex, IntBuffer timeOfFlight, IntBuffer pixelId) {}
