package lib.wire;

import java.util.Locale;

/**
 * The 20 members of the f142/f144 {@code Value} union, in union order: the wire code is the ordinal + 1.
 * Unsigned types keep their raw bits in the signed Java type of the same width ({@link Value}).
 */
public enum ValueType {
    BYTE(Carrier.BYTE, false),
    UBYTE(Carrier.BYTE, true),
    SHORT(Carrier.SHORT, false),
    USHORT(Carrier.SHORT, true),
    INT(Carrier.INT, false),
    UINT(Carrier.INT, true),
    LONG(Carrier.LONG, false),
    ULONG(Carrier.LONG, true),
    FLOAT(Carrier.FLOAT, false),
    DOUBLE(Carrier.DOUBLE, false),
    ARRAY_BYTE(Carrier.BYTE, false),
    ARRAY_UBYTE(Carrier.BYTE, true),
    ARRAY_SHORT(Carrier.SHORT, false),
    ARRAY_USHORT(Carrier.SHORT, true),
    ARRAY_INT(Carrier.INT, false),
    ARRAY_UINT(Carrier.INT, true),
    ARRAY_LONG(Carrier.LONG, false),
    ARRAY_ULONG(Carrier.LONG, true),
    ARRAY_FLOAT(Carrier.FLOAT, false),
    ARRAY_DOUBLE(Carrier.DOUBLE, false);

    private static final int SCALAR_TYPES = 10;

    /** The Java array type that holds the elements, by wire width. */
    enum Carrier {
        BYTE(byte[].class, 1),
        SHORT(short[].class, 2),
        INT(int[].class, 4),
        LONG(long[].class, 8),
        FLOAT(float[].class, 4),
        DOUBLE(double[].class, 8);

        final Class<?> arrayType;
        final int size;

        Carrier(Class<?> arrayType, int size) {
            this.arrayType = arrayType;
            this.size = size;
        }
    }

    final Carrier carrier;
    private final boolean unsigned;

    ValueType(Carrier carrier, boolean unsigned) {
        this.carrier = carrier;
        this.unsigned = unsigned;
    }

    /** The union type code: Byte = 1 ... Double = 10, ArrayByte = 11 ... ArrayDouble = 20. */
    public int code() {
        return ordinal() + 1;
    }

    public boolean isArray() {
        return ordinal() >= SCALAR_TYPES;
    }

    public boolean isUnsigned() {
        return unsigned;
    }

    /** The scalar type of one element: {@code ARRAY_UINT.element() == UINT}, {@code UINT.element() == UINT}. */
    public ValueType element() {
        return isArray() ? values()[ordinal() - SCALAR_TYPES] : this;
    }

    /** The array type with this element type: {@code UINT.array() == ARRAY_UINT}. */
    public ValueType array() {
        return isArray() ? this : values()[ordinal() + SCALAR_TYPES];
    }

    /** The union member's table name, e.g. {@code ArrayUInt}. */
    public String tableName() {
        StringBuilder name = new StringBuilder();
        for (String word : name().toLowerCase(Locale.ROOT).split("_")) {
            String unsignedPrefix = word.startsWith("u") ? "U" : "";
            String rest = word.substring(unsignedPrefix.length());
            name.append(unsignedPrefix)
                    .append(Character.toUpperCase(rest.charAt(0)))
                    .append(rest.substring(1));
        }
        return name.toString();
    }
}
