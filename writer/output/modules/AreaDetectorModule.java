package writer.output.modules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.Arrays;
import lib.wire.AreaDetectorArray;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/** ADAr (2022) and ad00 (HEAD) area-detector images (§5.6): value [n, dims…] growing to the image size. */
final class AreaDetectorModule implements WriterModule {
    private static final Logger LOG = System.getLogger(AreaDetectorModule.class.getName());
    private final ModuleContext context;
    private final String identifier;
    private final AppendableDataset value;
    private final AppendableDataset time;
    private final CueCounter cues;

    AreaDetectorModule(ModuleContext context, String identifier) {
        this.context = context;
        this.identifier = identifier;
        ModuleConfig config = context.config();
        DataType type = config.numericType(DataType.FLOAT64);
        // Both are lists in the real writers (hdf5::Dimensions): a single number is a type error (default kept).
        long[] arraySize = config.integers("array_size", new long[] {1, 1});
        long[] chunkSize = config.integers("chunk_size", new long[] {1 << 20});
        long cueInterval = Math.max(1, config.integer("cue_interval", 1000));
        GroupAttributes.apply(context, identifier, "NXlog");
        value = context.group()
                .createAppendableWithGrowingRows("value", type, arraySize, ShapePadding.product(chunkSize));
        if (context.rules().areaDetectorValueHasUnits()) {
            value.setAttribute("units", "");
        }
        time = Datasets.time(context.group(), "time", DataType.UINT64, Datasets.DEFAULT_CHUNK);
        cues = new CueCounter(context.group(), context.rules().sharedModuleCues(), Datasets.DEFAULT_CHUNK, cueInterval);
    }

    @Override
    public String identifier() {
        return identifier;
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        AreaDetectorArray image = message.payload(AreaDetectorArray.class);
        long[] dims = image.dimensions();
        int typeCode = image.dataType().ordinal();
        DataType elementType = ElementTypes.byOrdinal(typeCode);
        ByteBuffer data = ByteBuffer.wrap(image.data());
        if (elementType == null) {
            LOG.log(
                    Level.WARNING,
                    "{0} image from {1} has an unsupported data type {2}; skipped",
                    identifier,
                    message.source(),
                    typeCode);
            return;
        }
        long[] rowShape = value.rowShape();
        if (dims.length != rowShape.length) {
            LOG.log(
                    Level.WARNING,
                    "{0} image from {1} has {2} dimensions, {3} expects {4}; skipped",
                    identifier,
                    message.source(),
                    dims.length,
                    context.group().path(),
                    rowShape.length);
            return;
        }
        NumericValues values = NumericValues.fromRawBytes(data, elementType);
        if (values.length() != ShapePadding.product(dims)) {
            LOG.log(
                    Level.WARNING,
                    "{0} image from {1}: {2} elements for dimensions {3}; skipped",
                    identifier,
                    message.source(),
                    values.length(),
                    Arrays.toString(dims));
            return;
        }
        value.growRowShape(dims);
        rowShape = value.rowShape();
        int rowElements = (int) ShapePadding.product(rowShape);
        double[] row = new double[rowElements];
        int[] targets = ShapePadding.targetIndices(dims, rowShape);
        boolean exactIntegers = !values.isFloating();
        long[] integerRow = exactIntegers ? new long[rowElements] : null;
        for (int i = 0; i < targets.length; i++) {
            if (exactIntegers) {
                integerRow[targets[i]] = values.asLong(i);
            } else {
                row[targets[i]] = values.asDouble(i);
            }
        }
        if (exactIntegers) {
            NumericValues.ofIntegers(integerRow, elementType == DataType.UINT64).appendTo(value);
        } else {
            value.appendDoubles(row, 0, rowElements);
        }
        time.appendLong(message.timeNs());
        cues.add(1, message.timeNs());
    }
}
