package lib.wire;

import static lib.wire.Vectors.text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import lib.wire.generated.da00.da00_DataArray;
import lib.wire.generated.da00.da00_Variable;

/** da00: named variables (raw little-endian elements with shape, axes and unit) of one source at a time (ns). */
public record DataArray(String sourceName, Instant timestamp, List<Variable> variables) implements TimestampedData {

    public static final String IDENTIFIER = "da00";

    /**
     * A {@code da00_Variable}. {@code dataType} is null for da00's "none" (code 0); other codes are
     * {@link ElementType}'s ordinal + 1. Arrays are shared, not copied: treat them as read-only.
     */
    public record Variable(
            String name,
            String unit,
            String label,
            String source,
            ElementType dataType,
            List<String> axes,
            long[] shape,
            byte[] data) {

        static final TableLayout LAYOUT = TableLayout.table("da00_Variable")
                .requiredString("name")
                .strings("unit", "label", "source")
                .scalar("data_type", Byte.BYTES)
                .stringVector("axes")
                .requiredVector("shape", Long.BYTES)
                .requiredVector("data", Byte.BYTES);

        public Variable {
            axes = axes == null ? List.of() : List.copyOf(axes);
            shape = shape == null ? new long[0] : shape;
            data = data == null ? new byte[0] : data;
        }

        /** A variable holding {@code values} (an array {@link Value}) with the given axes and shape. */
        public static Variable of(String name, String unit, List<String> axes, long[] shape, Value values) {
            return new Variable(
                    name, unit, "", "", ElementType.of(values.type()), axes, shape, ElementType.rawBytes(values));
        }

        /** The elements; not for C_STRING or untyped data. */
        public Value values() {
            return Objects.requireNonNull(dataType, "the variable has no data type")
                    .decode(data);
        }

        int write(FlatWriter out) {
            int nameOffset = out.string(name);
            int unitOffset = out.string(unit);
            int labelOffset = out.string(label);
            int sourceOffset = out.string(source);
            int axesVector = out.strings(axes);
            byte code = (byte) (dataType == null ? 0 : dataType.ordinal() + 1);
            return da00_Variable.createda00_Variable(
                    out.builder,
                    nameOffset,
                    unitOffset,
                    labelOffset,
                    sourceOffset,
                    code,
                    axesVector,
                    out.longs(shape),
                    out.bytes(data));
        }

        static Variable read(da00_Variable table) {
            List<String> axes = Vectors.list(table.axesLength(), table::axes);
            int code = table.dataType();
            ElementType type = code == 0
                    ? null
                    : WireEnums.decode(ElementType.values(), code - 1, IDENTIFIER, "da00_Variable.data_type");
            return new Variable(
                    text(table.name()),
                    text(table.unit()),
                    text(table.label()),
                    text(table.source()),
                    type,
                    axes,
                    Vectors.longs(table.shapeAsByteBuffer()),
                    Vectors.bytes(table.dataAsByteBuffer()));
        }
    }

    static final Schema SCHEMA = new Schema(
            IDENTIFIER,
            TableLayout.table("da00_DataArray")
                    .requiredString("source_name")
                    .scalar("timestamp", Long.BYTES)
                    .tableVector("data", Variable.LAYOUT, true));

    public DataArray {
        Objects.requireNonNull(timestamp, "timestamp");
        variables = variables == null ? List.of() : List.copyOf(variables);
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        int source = out.string(sourceName);
        int variablesVector = out.offsets(
                variables.stream().mapToInt(variable -> variable.write(out)).toArray());
        int root = da00_DataArray.createda00_DataArray(out.builder, source, messageTimeNs(), variablesVector);
        return out.finish(root, IDENTIFIER);
    }

    /** Reads a da00 (absent strings as ""); a buffer that is not a valid one throws {@link WireFormatException}. */
    public static DataArray parse(byte[] bytes) {
        return SCHEMA.read(bytes, buffer -> read(da00_DataArray.getRootAsda00_DataArray(buffer)));
    }

    private static DataArray read(da00_DataArray table) {
        List<Variable> variables = Vectors.list(table.dataLength(), i -> Variable.read(table.data(i)));
        return new DataArray(text(table.sourceName()), Times.fromNanos(table.timestamp()), variables);
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }
}
