package writer.output.modules;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import lib.wire.Histogram;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Group;
import writer.output.nexus.JsonValues;
import writer.output.nexus.TypedData;

/**
 * hs00 histograms (2022, no test uses it; §5.6). Message slices with the same timestamp are assembled into
 * one histogram row, which is written when a newer timestamp arrives or at the end; `data` is the latest.
 */
final class Hs00Module implements WriterModule {
    private static final Logger LOG = System.getLogger(Hs00Module.class.getName());
    private final ModuleContext context;
    private final long[] shape;
    private final DataType dataType;
    private final AppendableDataset histograms;
    private final AppendableDataset errors;
    private final AppendableDataset timestamps;
    private final AppendableDataset info;
    private final AppendableDataset infoTimestamp;
    private double[] currentData;
    private double[] currentErrors;
    private double[] latestData;
    private long currentTimestamp = -1;

    Hs00Module(ModuleContext context) {
        this.context = context;
        ModuleConfig config = context.config();
        dataType = requiredType(config, "data_type");
        DataType errorType = requiredType(config, "error_type");
        DataType edgeType = requiredType(config, "edge_type");
        JsonNode dimensions = config.get("shape");
        if (dimensions == null || !dimensions.isArray() || dimensions.size() == 0) {
            throw new IllegalArgumentException("hs00 needs a non-empty shape list");
        }
        shape = new long[dimensions.size()];
        H5Group group = context.group();
        GroupAttributes.apply(context, "hs00", "NXdata");
        for (int i = 0; i < shape.length; i++) {
            JsonNode dimension = dimensions.get(i);
            // The 2022 writer reads size as a JSON number (Json.at("size") into size_t): "3" is a type error.
            JsonNode size = dimension.path("size");
            shape[i] = size.isIntegralNumber() ? size.longValue() : 0;
            String name = dimension.path("dataset_name").asText("");
            JsonNode edges = dimension.get("edges");
            if (name.isEmpty() || edges == null || shape[i] <= 0) {
                throw new IllegalArgumentException(
                        "hs00 shape entry " + i + " needs size (a JSON number), dataset_name and edges");
            }
            TypedData edgeData = JsonValues.toTypedData(edges, edgeType);
            var edgeDataset = group.createDataset(name, edgeType, edgeData.dims(), edgeData.data());
            edgeDataset.setAttribute("units", dimension.path("unit").asText(""));
            edgeDataset.setAttribute("label", dimension.path("label").asText(""));
        }
        long rowElements = ShapePadding.product(shape);
        histograms = group.createAppendable("histograms", dataType, shape, rowElements);
        errors = group.createAppendable("errors", errorType, shape, rowElements);
        timestamps = Datasets.time(group, "timestamps", DataType.UINT64, Datasets.DEFAULT_CHUNK);
        info = Datasets.oneDimensional(group, "info", DataType.STRING, Datasets.DEFAULT_CHUNK);
        infoTimestamp = Datasets.time(group, "info_timestamp", DataType.UINT64, Datasets.DEFAULT_CHUNK);
    }

    private static DataType requiredType(ModuleConfig config, String key) {
        String name = config.text(key).orElseThrow(() -> new IllegalArgumentException("hs00 needs " + key));
        return DataType.numericByName(name)
                .orElseThrow(() -> new IllegalArgumentException("hs00 " + key + " '" + name + "' is not a known type"));
    }

    @Override
    public String identifier() {
        return "hs00";
    }

    /** Slices of one histogram share its timestamp, so a repeated time is not a repeat here. */
    @Override
    public boolean acceptsRepeatedTimes() {
        return true;
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        Histogram histogram = message.payload(Histogram.class);
        long[] sliceShape = unsigned(histogram.currentShape());
        long[] offset = unsigned(histogram.offset());
        if (sliceShape.length != shape.length) {
            LOG.log(
                    Level.WARNING,
                    "hs00 message from {0} has rank {1}, {2} expects {3}; skipped",
                    message.source(),
                    sliceShape.length,
                    context.group().path(),
                    shape.length);
            return;
        }
        if (offset.length != shape.length) {
            offset = new long[shape.length];
        }
        if (message.timeNs() != currentTimestamp) {
            writeCurrent();
            currentTimestamp = message.timeNs();
            currentData = new double[(int) ShapePadding.product(shape)];
            currentErrors = new double[currentData.length];
        }
        place(histogram.data(), sliceShape, offset, currentData);
        place(histogram.errors(), sliceShape, offset, currentErrors);
        String text = histogram.info();
        if (!text.isEmpty()) {
            info.appendString(text);
            infoTimestamp.appendLong(message.timeNs());
        }
    }

    private void place(lib.wire.Value array, long[] sliceShape, long[] offset, double[] target) {
        if (array == null || array.size() != ShapePadding.product(sliceShape)) {
            return;
        }
        NumericValues values = NumericValues.of(array);
        int[] position = new int[sliceShape.length];
        for (int i = 0; i < values.length(); i++) {
            long index = 0;
            boolean inside = true;
            for (int d = 0; d < shape.length; d++) {
                long coordinate = offset[d] + position[d];
                inside &= coordinate < shape[d];
                index = index * shape[d] + coordinate;
            }
            if (inside) {
                target[(int) index] = values.asDouble(i);
            }
            for (int d = sliceShape.length - 1; d >= 0; d--) {
                if (++position[d] < sliceShape[d]) {
                    break;
                }
                position[d] = 0;
            }
        }
    }

    private void writeCurrent() {
        if (currentData == null) {
            return;
        }
        histograms.appendDoubles(currentData, 0, currentData.length);
        errors.appendDoubles(currentErrors, 0, currentErrors.length);
        timestamps.appendLong(currentTimestamp);
        latestData = currentData;
        currentData = null;
    }

    @Override
    public void finish() {
        writeCurrent();
        double[] data = latestData == null ? new double[(int) ShapePadding.product(shape)] : latestData;
        Object converted = dataType.newArray(data.length);
        for (int i = 0; i < data.length; i++) {
            switch (dataType.kind()) {
                case FLOAT32:
                    ((float[]) converted)[i] = (float) data[i];
                    break;
                case FLOAT64:
                    ((double[]) converted)[i] = data[i];
                    break;
                case UINT32:
                case INT32:
                    ((int[]) converted)[i] = (int) (long) data[i];
                    break;
                case UINT64:
                case INT64:
                    ((long[]) converted)[i] = (long) data[i];
                    break;
                case INT16:
                case UINT16:
                    ((short[]) converted)[i] = (short) data[i];
                    break;
                default:
                    ((byte[]) converted)[i] = (byte) data[i];
            }
        }
        context.group().createDataset("data", dataType, shape, converted);
    }

    private static long[] unsigned(int[] values) {
        return Arrays.stream(values).mapToLong(Integer::toUnsignedLong).toArray();
    }
}
