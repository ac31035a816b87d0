package writer.service;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.function.Function;
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
        return parsedOrNull(RunStart::parse, bytes, "pl72");
    }

    static RunStop stopOrNull(byte[] bytes) {
        return parsedOrNull(RunStop::parse, bytes, "6s4t");
    }

    private static <T> T parsedOrNull(Function<byte[], T> parse, byte[] bytes, String identifier) {
        try {
            return parse.apply(bytes);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Ignoring a {0} that does not verify: {1}", identifier, e.getMessage());
            return null;
        }
    }
}
