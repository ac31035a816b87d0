package lib.nexus;

import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.object.datatype.DataType;
import io.jhdf.object.datatype.FixedPoint;
import io.jhdf.object.datatype.FloatingPoint;
import io.jhdf.object.datatype.StringData;
import io.jhdf.object.datatype.VariableLength;
import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The contents of a dataset or attribute as a value: its HDF5 type, its shape and its elements in C order.
 * jhdf hands back nested primitive arrays, {@code BigInteger[]} for uint64, boxed scalars for rank 0 and
 * {@code null} for a length-0 dataset; this flattens all of them into one list.
 */
public record DataValues(String where, String dtype, int[] shape, List<Object> elements) {

    public static DataValues of(Dataset dataset) {
        int[] shape = dataset.isScalar() ? new int[0] : dataset.getDimensions();
        Object data = isEmpty(shape) ? null : dataset.getData();
        return new DataValues(dataset.getPath(), describe(dataset.getDataType()), shape, flatten(data));
    }

    public static DataValues of(Attribute attribute) {
        int[] shape = attribute.isScalar() ? new int[0] : attribute.getDimensions();
        Object data = attribute.isEmpty() ? null : attribute.getData();
        String where = attribute.getNode().getPath() + "@" + attribute.getName();
        return new DataValues(where, describe(attribute.getDataType()), shape, flatten(data));
    }

    public int rank() {
        return shape.length;
    }

    public int size() {
        return elements.size();
    }

    /** The shape as HDF5 prints it: {@code []} for a scalar, {@code [3, 1]} for 3 rows of width 1. */
    public String shapeText() {
        return Arrays.toString(shape);
    }

    /** The first {@code limit} elements, then how many there are in total. */
    public String firstValues(int limit) {
        String shown = elements.stream().limit(limit).map(DataValues::format).collect(Collectors.joining(", "));
        return elements.size() > limit ? "[" + shown + ", ... (" + elements.size() + " values)]" : "[" + shown + "]";
    }

    /** The elements as longs; fails for non-integral elements. */
    public long[] longs() {
        return elements.stream()
                .mapToLong(element -> {
                    if (element instanceof Number number
                            && !(element instanceof Double)
                            && !(element instanceof Float)) {
                        return number.longValue();
                    }
                    throw new IllegalStateException(where + " holds " + format(element) + ", not an integer");
                })
                .toArray();
    }

    /** The elements as doubles; fails for non-numeric elements. */
    public double[] doubles() {
        return elements.stream()
                .mapToDouble(element -> {
                    if (element instanceof Number number) {
                        return number.doubleValue();
                    }
                    throw new IllegalStateException(where + " holds " + format(element) + ", not a number");
                })
                .toArray();
    }

    @Override
    public String toString() {
        return where + " " + dtype + " " + shapeText() + " = " + firstValues(10);
    }

    /**
     * Equality of one element with an expected value: numbers by value whatever their Java type
     * (int 5 equals double 5.0 and a uint64 BigInteger equals a long of the same value), strings and
     * everything else by {@code equals}.
     */
    static boolean sameValue(Object actual, Object expected) {
        if (actual instanceof Number a && expected instanceof Number e) {
            BigDecimal left = toDecimal(a);
            BigDecimal right = toDecimal(e);
            if (left == null || right == null) {
                return Double.compare(a.doubleValue(), e.doubleValue()) == 0;
            }
            return left.compareTo(right) == 0;
        }
        return Objects.equals(actual, expected);
    }

    static String format(Object value) {
        if (value instanceof String text) {
            String shown = text.length() > 80 ? text.substring(0, 77) + "..." : text;
            return "\"" + shown.replace("\n", "\\n") + "\"";
        }
        return String.valueOf(value);
    }

    private static BigDecimal toDecimal(Number number) {
        if (number instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (number instanceof BigDecimal decimal) {
            return decimal;
        }
        if (number instanceof Double || number instanceof Float) {
            double value = number.doubleValue();
            return Double.isFinite(value) ? new BigDecimal(value) : null;
        }
        return BigDecimal.valueOf(number.longValue());
    }

    private static boolean isEmpty(int[] shape) {
        return Arrays.stream(shape).anyMatch(length -> length == 0);
    }

    static List<Object> flatten(Object data) {
        if (data == null) {
            return Collections.emptyList();
        }
        List<Object> flat = new ArrayList<>();
        addFlat(data, flat);
        return Collections.unmodifiableList(flat);
    }

    private static void addFlat(Object data, List<Object> out) {
        if (data != null && data.getClass().isArray()) {
            int length = Array.getLength(data);
            for (int i = 0; i < length; i++) {
                addFlat(Array.get(data, i), out);
            }
        } else {
            out.add(data);
        }
    }

    /** A short type name: int32, uint64, float64, string(vlen), string(20) for fixed-length strings. */
    static String describe(DataType type) {
        if (type instanceof FixedPoint fixed) {
            return (fixed.isSigned() ? "int" : "uint") + fixed.getSize() * 8;
        }
        if (type instanceof FloatingPoint) {
            return "float" + type.getSize() * 8;
        }
        if (type instanceof StringData) {
            return "string(" + type.getSize() + ")";
        }
        if (type instanceof VariableLength variable) {
            return variable.isVariableLengthString() ? "string(vlen)" : "vlen";
        }
        return type.getClass().getSimpleName();
    }
}
