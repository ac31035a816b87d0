package lib.wire;

import static lib.wire.Vectors.text;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import lib.wire.generated.ad00.ad00_ADArray;

/**
 * ad00 (and the deprecated ADAr): an area-detector image, as raw little-endian elements in C order with
 * their {@link ElementType} and dimensions, plus attributes. Times have ns precision. Arrays are shared,
 * not copied: treat them as read-only.
 */
public record AreaDetectorArray(
        String identifier,
        String sourceName,
        int id,
        Instant timestamp,
        long[] dimensions,
        ElementType dataType,
        byte[] data,
        List<Attribute> attributes)
        implements TimestampedData {

    public static final String ADAR = "ADAr";
    public static final String AD00 = "ad00";

    /** An {@code Attribute} of the image: a named, typed, raw value. */
    public record Attribute(String name, String description, String source, ElementType dataType, byte[] data) {

        static final TableLayout LAYOUT = TableLayout.table("Attribute")
                .requiredString("name")
                .strings("description", "source")
                .scalar("data_type", Byte.BYTES)
                .requiredVector("data", Byte.BYTES);

        public Attribute {
            Objects.requireNonNull(dataType, "dataType");
            data = data == null ? new byte[0] : data;
        }

        /** A numeric attribute holding the elements of {@code value}. */
        public static Attribute of(String name, String description, String source, Value value) {
            return new Attribute(name, description, source, ElementType.of(value.type()), ElementType.rawBytes(value));
        }

        /** A text attribute (C_STRING, UTF-8). */
        public static Attribute ofText(String name, String description, String source, String text) {
            return new Attribute(
                    name, description, source, ElementType.C_STRING, text.getBytes(StandardCharsets.UTF_8));
        }

        /** The elements; not for C_STRING attributes. */
        public Value value() {
            return dataType.decode(data);
        }

        int write(FlatWriter out) {
            return lib.wire.generated.ad00.Attribute.createAttribute(
                    out.builder,
                    out.string(name),
                    out.string(description),
                    out.string(source),
                    (byte) dataType.ordinal(),
                    out.bytes(data));
        }

        static Attribute read(lib.wire.generated.ad00.Attribute table, String schema) {
            return new Attribute(
                    text(table.name()),
                    text(table.description()),
                    text(table.source()),
                    WireEnums.decode(ElementType.values(), table.dataType(), schema, "Attribute.data_type"),
                    Vectors.bytes(table.dataAsByteBuffer()));
        }
    }

    static final Schema ADAR_SCHEMA = new Schema(ADAR, layout("ADArray"));
    static final Schema AD00_SCHEMA = new Schema(AD00, layout("ad00_ADArray"));

    public AreaDetectorArray {
        if (!ADAR.equals(identifier) && !AD00.equals(identifier)) {
            throw new IllegalArgumentException("AreaDetectorArray is ADAr or ad00, not " + identifier);
        }
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(dataType, "dataType");
        dimensions = dimensions == null ? new long[0] : dimensions;
        data = data == null ? new byte[0] : data;
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** An ad00 image of {@code elements} (an array {@link Value}) with the given dimensions and no attributes. */
    public static AreaDetectorArray ad00(
            String sourceName, int id, Instant timestamp, long[] dimensions, Value elements) {
        return new AreaDetectorArray(
                AD00,
                sourceName,
                id,
                timestamp,
                dimensions,
                ElementType.of(elements.type()),
                ElementType.rawBytes(elements),
                List.of());
    }

    /** The same image as an ADAr. */
    public AreaDetectorArray asAdar() {
        return new AreaDetectorArray(ADAR, sourceName, id, timestamp, dimensions, dataType, data, attributes);
    }

    public AreaDetectorArray withAttributes(List<Attribute> newAttributes) {
        return new AreaDetectorArray(identifier, sourceName, id, timestamp, dimensions, dataType, data, newAttributes);
    }

    /** The image's elements; not for C_STRING data. */
    public Value values() {
        return dataType.decode(data);
    }

    /**
     * ADAr and ad00 share the slot layout (ADAr's unsigned time and dimensions are ad00's signed ones, same
     * width), so both are written and read with ad00's generated classes; only the identifier differs.
     */
    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        int source = out.string(sourceName);
        int dimensionsVector = out.longs(dimensions);
        int dataVector = out.bytes(data);
        int attributesVector = out.offsets(
                attributes.stream().mapToInt(attribute -> attribute.write(out)).toArray());
        int root = ad00_ADArray.createad00_ADArray(
                out.builder,
                source,
                id,
                messageTimeNs(),
                dimensionsVector,
                (byte) dataType.ordinal(),
                dataVector,
                attributesVector);
        return out.finish(root, identifier);
    }

    /** Reads an ADAr or an ad00, by its identifier; an invalid buffer throws {@link WireFormatException}. */
    public static AreaDetectorArray parse(byte[] bytes) {
        Schema schema = Schema.either(bytes, ADAR_SCHEMA, AD00_SCHEMA);
        return schema.read(bytes, buffer -> read(schema.identifier(), ad00_ADArray.getRootAsad00_ADArray(buffer)));
    }

    private static AreaDetectorArray read(String identifier, ad00_ADArray table) {
        List<Attribute> attributes =
                Vectors.list(table.attributesLength(), i -> Attribute.read(table.attributes(i), identifier));
        return new AreaDetectorArray(
                identifier,
                text(table.sourceName()),
                table.id(),
                Times.fromNanos(table.timestamp()),
                Vectors.longs(table.dimensionsAsByteBuffer()),
                WireEnums.decode(ElementType.values(), table.dataType(), identifier, "data_type"),
                Vectors.bytes(table.dataAsByteBuffer()),
                attributes);
    }

    private static TableLayout layout(String table) {
        return TableLayout.table(table)
                .requiredString("source_name")
                .scalar("id", Integer.BYTES)
                .scalar("timestamp", Long.BYTES)
                .requiredVector("dimensions", Long.BYTES)
                .scalar("data_type", Byte.BYTES)
                .requiredVector("data", Byte.BYTES)
                .tableVector("attributes", Attribute.LAYOUT, false);
    }
}
