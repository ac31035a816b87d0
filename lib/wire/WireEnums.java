package lib.wire;

/**
 * Enum codes on the wire. Every enum of the protocol numbers its values 0, 1, 2, ... in declaration order,
 * so our Java enums declare the same values in the same order and the code is the ordinal.
 */
final class WireEnums {

    private WireEnums() {}

    static <E extends Enum<E>> E decode(E[] values, int code, String schema, String field) {
        if (code < 0 || code >= values.length) {
            throw new WireFormatException("invalid " + schema + " message: " + field + " has the unknown value " + code
                    + " (known: 0.." + (values.length - 1) + ")");
        }
        return values[code];
    }
}
