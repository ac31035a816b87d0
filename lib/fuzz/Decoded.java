package lib.fuzz;

import java.util.function.Function;
import lib.wire.WireFormatException;

/**
 * A message as a writer reads it: {@link Outcome#OK} with the record, {@link Outcome#REFUSED} when the identifier or
 * the flatbuffers verifier refuses it (every implementation drops it), or {@link Outcome#UNCERTAIN} when it verifies
 * but cannot be read here (text that is not UTF-8, an enum code out of range): the C++ verifier checks neither, so a
 * real writer may act on it.
 */
record Decoded<T>(Outcome outcome, T message) {
    enum Outcome {
        OK,
        REFUSED,
        UNCERTAIN
    }

    static <T> Decoded<T> of(byte[] bytes, Function<byte[], T> parse) {
        try {
            return new Decoded<>(Outcome.OK, parse.apply(bytes));
        } catch (WireFormatException e) {
            // lib.wire wraps failures that happen after verification, while reading the fields.
            return new Decoded<>(e.getCause() == null ? Outcome.REFUSED : Outcome.UNCERTAIN, null);
        } catch (RuntimeException e) {
            return new Decoded<>(Outcome.UNCERTAIN, null);
        }
    }
}
