package lib.wire;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The element type of a raw little-endian data block: ADAr/ad00 {@code DType} (wire code = ordinal) and
 * da00 {@code da00_dtype} (wire code = ordinal + 1; 0 is "none", null here).
 */
public enum ElementType {
    INT8(ValueType.ARRAY_BYTE),
    UINT8(ValueType.ARRAY_UBYTE),
    INT16(ValueType.ARRAY_SHORT),
    UINT16(ValueType.ARRAY_USHORT),
    INT32(ValueType.ARRAY_INT),
    UINT32(ValueType.ARRAY_UINT),
    INT64(ValueType.ARRAY_LONG),
    UINT64(ValueType.ARRAY_ULONG),
    FLOAT32(ValueType.ARRAY_FLOAT),
    FLOAT64(ValueType.ARRAY_DOUBLE),
    /** Text bytes; not a number, so it has no {@link ValueType}. */
    C_STRING(null);

    private final ValueType valueType;

    ElementType(ValueType valueType) {
        this.valueType = valueType;
    }

    /** The array {@link ValueType} with these elements; null for C_STRING. */
    public ValueType valueType() {
        return valueType;
    }

    /** The element type of an array {@link Value}'s elements. */
    public static ElementType of(ValueType type) {
        for (ElementType element : values()) {
            if (element.valueType == type.array()) {
                return element;
            }
        }
        throw new IllegalArgumentException("no element type for " + type);
    }

    /** The elements of {@code value} as raw little-endian bytes, as ADAr, ad00 and da00 carry them. */
    static byte[] rawBytes(Value value) {
        ByteBuffer raw =
                ByteBuffer.allocate(value.size() * value.type().carrier.size).order(ByteOrder.LITTLE_ENDIAN);
        Vectors.put(raw, value.type().carrier, value.elements());
        return raw.array();
    }

    /** The inverse of {@link #rawBytes}: {@code raw} read as elements of this type. */
    Value decode(byte[] raw) {
        if (valueType == null) {
            throw new IllegalStateException("C_STRING data is text, not numbers; read the bytes as UTF-8");
        }
        if (raw.length % valueType.carrier.size != 0) {
            throw new WireFormatException(
                    raw.length + " bytes of data are not a whole number of " + this + " elements");
        }
        ByteBuffer elements = ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN);
        return new Value(valueType, Vectors.array(valueType.carrier, elements));
    }
}
