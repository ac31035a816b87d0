package writer.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import lib.wire.Identifier;
import lib.wire.RunStart;
import lib.wire.RunStop;

/** Reads command buffers from Kafka; anything that does not verify is logged and becomes null, never an exception. */
final class Decode {
    private static final Logger LOG = System.getLogger(Decode.class.getName());

    private Decode() {}

    /** The file identifier, or null for a buffer too short to hold one. */
    static String identifierOrNull(byte[] bytes) {
        return bytes != null && bytes.length >= 8 ? Identifier.of(bytes) : null;
    }

    static RunStart startOrNull(byte[] bytes) {
        try {
            return RunStart.parse(bytes);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring a pl72 that does not verify: {0}", e.getMessage());
            return null;
        }
    }

    static RunStop stopOrNull(byte[] bytes) {
        try {
            return RunStop.parse(bytes);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring a 6s4t that does not verify: {0}", e.getMessage());
            return null;
        }
    }
}
