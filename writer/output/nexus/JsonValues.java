package writer.output.nexus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import writer.output.hdf5.DataType;

/** Turns JSON values (scalars or nested arrays) into typed, flat arrays with their shape. */
public final class JsonValues {
    private JsonValues() {}

    /** The dtype names static datasets and attributes accept (§5.2, §5.4); float32/float64 are not among them. */
    public static Optional<DataType> typeByName(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "int8":
                return Optional.of(DataType.INT8);
            case "int16":
                return Optional.of(DataType.INT16);
            case "int32":
            case "int":
                return Optional.of(DataType.INT32);
            case "int64":
                return Optional.of(DataType.INT64);
            case "uint8":
                return Optional.of(DataType.UINT8);
            case "uint16":
                return Optional.of(DataType.UINT16);
            case "uint32":
                return Optional.of(DataType.UINT32);
            case "uint64":
                return Optional.of(DataType.UINT64);
            case "float":
                return Optional.of(DataType.FLOAT32);
            case "double":
                return Optional.of(DataType.FLOAT64);
            case "string":
                return Optional.of(DataType.STRING);
            default:
                return Optional.empty();
        }
    }

    /** The type a value gets without a dtype: string if any string is in it, int64 for integer scalars, else double. */
    public static DataType inferType(JsonNode values) {
        if (containsString(values)) {
            return DataType.STRING;
        }
        if (!values.isArray() && values.isIntegralNumber()) {
            return DataType.INT64;
        }
        return DataType.FLOAT64;
    }

    /** Flattens `values` into `type`; the shape follows the nesting. Ragged nesting is an error. */
    public static TypedData toTypedData(JsonNode values, DataType type) {
        List<Long> shape = new ArrayList<>();
        JsonNode probe = values;
        while (probe.isArray()) {
            shape.add((long) probe.size());
            if (probe.size() == 0) {
                break;
            }
            probe = probe.get(0);
        }
        long[] dims = shape.stream().mapToLong(Long::longValue).toArray();
        List<JsonNode> leaves = new ArrayList<>();
        collectLeaves(values, dims, 0, leaves);
        Object data = type.newArray(leaves.size());
        for (int i = 0; i < leaves.size(); i++) {
            store(data, type, i, leaves.get(i));
        }
        return new TypedData(type, dims, data);
    }

    private static void collectLeaves(JsonNode node, long[] dims, int depth, List<JsonNode> leaves) {
        if (depth == dims.length) {
            if (node.isArray() || node.isObject()) {
                throw new IllegalArgumentException("values are not a regular array (ragged nesting)");
            }
            leaves.add(node);
            return;
        }
        if (!node.isArray() || node.size() != dims[depth]) {
            throw new IllegalArgumentException("values are not a regular array (ragged nesting)");
        }
        for (JsonNode child : node) {
            collectLeaves(child, dims, depth + 1, leaves);
        }
    }

    private static void store(Object data, DataType type, int index, JsonNode leaf) {
        if (type.isString()) {
            ((String[]) data)[index] = leaf.isTextual() ? leaf.textValue() : leaf.toString();
            return;
        }
        if (leaf.isTextual() || leaf.isBoolean() || leaf.isNull()) {
            leaf = numberFromText(leaf);
        }
        switch (type.kind()) {
            case FLOAT32:
                ((float[]) data)[index] = (float) leaf.asDouble();
                break;
            case FLOAT64:
                ((double[]) data)[index] = leaf.asDouble();
                break;
            default:
                // bigIntegerValue keeps uint64 values above Long.MAX_VALUE as their 64-bit pattern
                long bits = leaf.isIntegralNumber() ? leaf.bigIntegerValue().longValue() : (long) leaf.asDouble();
                switch (type.kind()) {
                    case INT8:
                    case UINT8:
                        ((byte[]) data)[index] = (byte) bits;
                        break;
                    case INT16:
                    case UINT16:
                        ((short[]) data)[index] = (short) bits;
                        break;
                    case INT32:
                    case UINT32:
                        ((int[]) data)[index] = (int) bits;
                        break;
                    default:
                        ((long[]) data)[index] = bits;
                }
        }
    }

    private static JsonNode numberFromText(JsonNode leaf) {
        com.fasterxml.jackson.databind.node.JsonNodeFactory nodes =
                com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        if (leaf.isBoolean()) {
            return nodes.numberNode(leaf.booleanValue() ? 1 : 0);
        }
        String text = leaf.asText().trim();
        try {
            return nodes.numberNode(new java.math.BigInteger(text));
        } catch (NumberFormatException notInteger) {
            try {
                return nodes.numberNode(Double.parseDouble(text));
            } catch (NumberFormatException notNumber) {
                throw new IllegalArgumentException("value '" + text + "' is not a number");
            }
        }
    }

    private static boolean containsString(JsonNode node) {
        if (node.isTextual()) {
            return true;
        }
        if (node.isArray()) {
            for (JsonNode child : node) {
                if (containsString(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
