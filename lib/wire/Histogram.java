package lib.wire;

import static lib.wire.Vectors.text;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import lib.wire.generated.hs00.DimensionMetaData;
import lib.wire.generated.hs00.EventHistogram;

/**
 * hs00 (deprecated): a histogram. {@code data}, {@code errors} and bin boundaries are array {@link Value}s of
 * type ARRAY_UINT, ARRAY_ULONG, ARRAY_DOUBLE or ARRAY_FLOAT ({@code errors} and boundaries may be null);
 * {@code currentShape} and {@code offset} are [uint] kept as raw bits. Times have ns precision.
 */
public record Histogram(
        String sourceName,
        Instant timestamp,
        List<Dimension> dimensions,
        Instant lastMetadataTimestamp,
        int[] currentShape,
        int[] offset,
        Value data,
        Value errors,
        String info)
        implements TimestampedData {

    public static final String IDENTIFIER = "hs00";

    /** hs00 {@code DimensionMetaData}: one axis of the histogram. {@code length} is a uint. */
    public record Dimension(long length, String unit, String label, Value binBoundaries) {

        static final TableLayout LAYOUT = TableLayout.table("DimensionMetaData")
                .scalar("length", Integer.BYTES)
                .strings("unit", "label")
                .union("bin_boundaries", false, ValueUnion.HISTOGRAM.layouts);

        int write(FlatWriter out) {
            int boundaries = binBoundaries == null ? 0 : ValueUnion.HISTOGRAM.write(out, binBoundaries);
            byte boundariesType = binBoundaries == null ? 0 : ValueUnion.HISTOGRAM.code(binBoundaries);
            return DimensionMetaData.createDimensionMetaData(
                    out.builder, length, out.string(unit), out.string(label), boundariesType, boundaries);
        }

        static Dimension read(DimensionMetaData table) {
            return new Dimension(
                    table.length(),
                    text(table.unit()),
                    text(table.label()),
                    ValueUnion.HISTOGRAM.read(table.binBoundariesType(), table::binBoundaries));
        }
    }

    static final Schema SCHEMA = new Schema(
            IDENTIFIER,
            TableLayout.table("EventHistogram")
                    .string("source")
                    .scalar("timestamp", Long.BYTES)
                    .tableVector("dim_metadata", Dimension.LAYOUT, false)
                    .scalar("last_metadata_timestamp", Long.BYTES)
                    .requiredVector("current_shape", Integer.BYTES)
                    .vector("offset", Integer.BYTES)
                    .union("data", false, ValueUnion.HISTOGRAM.layouts)
                    .union("errors", false, ValueUnion.HISTOGRAM.layouts)
                    .string("info"));

    public Histogram {
        Objects.requireNonNull(timestamp, "timestamp");
        dimensions = dimensions == null ? List.of() : List.copyOf(dimensions);
        lastMetadataTimestamp = lastMetadataTimestamp == null ? Instant.EPOCH : lastMetadataTimestamp;
        currentShape = currentShape == null ? new int[0] : currentShape;
        offset = offset == null ? new int[0] : offset;
        for (Value array : new Value[] {data, errors}) {
            if (array != null) {
                ValueUnion.HISTOGRAM.code(array);
            }
        }
    }

    /** A histogram of {@code data} with the given axes and no errors; the shape is the axes' lengths. */
    public static Histogram hs00(String sourceName, Instant timestamp, List<Dimension> dimensions, Value data) {
        int[] shape = dimensions.stream()
                .mapToInt(dimension -> (int) dimension.length())
                .toArray();
        return new Histogram(sourceName, timestamp, dimensions, null, shape, new int[shape.length], data, null, "");
    }

    @Override
    public byte[] toBytes() {
        FlatWriter out = FlatWriter.data();
        int source = out.string(sourceName);
        int dimensionsVector = out.offsets(
                dimensions.stream().mapToInt(dimension -> dimension.write(out)).toArray());
        int shapeVector = out.ints(currentShape);
        int offsetVector = out.ints(offset);
        int dataTable = data == null ? 0 : ValueUnion.HISTOGRAM.write(out, data);
        int errorsTable = errors == null ? 0 : ValueUnion.HISTOGRAM.write(out, errors);
        byte dataType = data == null ? 0 : ValueUnion.HISTOGRAM.code(data);
        byte errorsType = errors == null ? 0 : ValueUnion.HISTOGRAM.code(errors);
        int root = EventHistogram.createEventHistogram(
                out.builder,
                source,
                messageTimeNs(),
                dimensionsVector,
                Times.toNanos(lastMetadataTimestamp),
                shapeVector,
                offsetVector,
                dataType,
                dataTable,
                errorsType,
                errorsTable,
                out.string(info));
        return out.finish(root, IDENTIFIER);
    }

    /** Reads an hs00 (absent strings as ""); a buffer that is not a valid one throws {@link WireFormatException}. */
    public static Histogram parse(byte[] bytes) {
        return SCHEMA.read(bytes, buffer -> read(EventHistogram.getRootAsEventHistogram(buffer)));
    }

    private static Histogram read(EventHistogram table) {
        List<Dimension> dimensions = Vectors.list(table.dimMetadataLength(), i -> Dimension.read(table.dimMetadata(i)));
        return new Histogram(
                text(table.source()),
                Times.fromNanos(table.timestamp()),
                dimensions,
                Times.fromNanos(table.lastMetadataTimestamp()),
                Vectors.ints(table.currentShapeAsByteBuffer()),
                Vectors.ints(table.offsetAsByteBuffer()),
                ValueUnion.HISTOGRAM.read(table.dataType(), table::data),
                ValueUnion.HISTOGRAM.read(table.errorsType(), table::errors),
                text(table.info()));
    }

    @Override
    public String identifier() {
        return IDENTIFIER;
    }
}
