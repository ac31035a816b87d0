package writer.output.modules;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.util.Arrays;
import lib.wire.AreaDetectorArray;
import writer.common.Profile;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;

/** ADAr (2022) and ad00 (HEAD) area-detector images (§5.6): value [n, dims…] growing to the image size. */
final class AreaDetectorModule implements WriterModule {
    private static final Logger LOG = System.getLogger(AreaDetectorModule.class.getName());
    /** By lib.wire ElementType ordinal (the ADAr/ad00 DType code): 0..9; 10 = c_string is not supported. */
    static final DataType[] ELEMENT_TYPES = {
        DataType.INT8,
        DataType.UINT8,
        DataType.INT16,
        DataType.UINT16,
        DataType.INT32,
        DataType.UINT32,
        DataType.INT64,
        DataType.UINT64,
        DataType.FLOAT32,
        DataType.FLOAT64
    };

    private final ModuleContext context;
    private final String identifier;
    private final AppendableDataset value;
    private final AppendableDataset time;
    private final CueDatasets cues;
    private final long cueInterval;
    private long messages;

    AreaDetectorModule(ModuleContext context, String identifier) {
        this.context = context;
        this.identifier = identifier;
        ModuleConfig config = context.config();
        DataType type = config.numericType(DataType.FLOAT64);
        // Both are lists in the real writers (hdf5::Dimensions): a single number is a type error (default kept).
        long[] arraySize = config.integers("array_size", new long[] {1, 1});
        long[] chunkSize = config.integers("chunk_size", new long[] {1 << 20});
        cueInterval = Math.max(1, config.integer("cue_interval", 1000));
        GroupAttributes.apply(context, identifier, "NXlog");
        value = context.group()
                .createAppendableWithGrowingRows("value", type, arraySize, ShapePadding.product(chunkSize));
        if (context.profile() == Profile.CURRENT) {
            value.setAttribute("units", "");
        }
        boolean old = context.profile() == Profile.P2022;
        time = Datasets.time(context.group(), "time", DataType.UINT64, Datasets.DEFAULT_CHUNK);
        cues = new CueDatasets(
                context.group(),
                old ? DataType.UINT32 : DataType.INT64,
                old ? DataType.UINT64 : DataType.INT64,
                Datasets.DEFAULT_CHUNK);
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
        ByteBuffer data = ByteBuffer.wrap(image.data());
        if (typeCode >= ELEMENT_TYPES.length) {
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
        NumericValues values = NumericValues.fromRawBytes(data, ELEMENT_TYPES[typeCode]);
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
            NumericValues.ofIntegers(integerRow, ELEMENT_TYPES[typeCode] == DataType.UINT64)
                    .appendTo(value);
        } else {
            value.appendDoubles(row, 0, rowElements);
        }
        time.appendLong(message.timeNs());
        if (messages % cueInterval == cueInterval - 1) {
            cues.add(messages, message.timeNs());
        }
        messages++;
    }
}
