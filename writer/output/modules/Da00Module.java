package writer.output.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import lib.wire.DataArray;
import writer.output.hdf5.AppendableDataset;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Dataset;
import writer.output.hdf5.H5Group;
import writer.output.nexus.AttributeWriter;
import writer.output.nexus.JsonValues;
import writer.output.nexus.TypedData;
import writer.profile.CueTypes;

/**
 * da00 data arrays (HEAD, §5.6): each variable becomes a time series [n, shape…] named after it, constants
 * fixed datasets, attributes group attributes; `time` gets one row per message.
 */
final class Da00Module implements WriterModule {
    private static final Logger LOG = System.getLogger(Da00Module.class.getName());
    private final ModuleContext context;
    private final long chunkElements;
    private final Map<String, JsonNode> variableConfigs = new HashMap<>();
    private final Map<String, AppendableDataset> variables = new HashMap<>();
    private final AppendableDataset time;
    private final CueCounter cues;

    Da00Module(ModuleContext context) {
        this.context = context;
        ModuleConfig config = context.config();
        // chunk_size is a list in the real writer (hdf5::Dimensions): a single number is a type error (default kept).
        chunkElements = Math.max(1, ShapePadding.product(config.integers("chunk_size", new long[] {1 << 20})));
        // No cues unless the config asks (the default is the largest uint64, protocol.md §5.6).
        long cueInterval = Math.max(1, config.integer("cue_interval", Long.MAX_VALUE));
        H5Group group = context.group();
        GroupAttributes.apply(context, "da00", "NXdata");
        config.text("title").ifPresent(title -> group.setAttribute("title", title));
        writeAttributes(group, config.list("attributes"));
        if (readVariables(group, config.list("variables"))) {
            for (JsonNode constant : config.list("constants")) {
                writeConstant(group, constant);
            }
        }
        time = Datasets.time(group, "time", DataType.UINT64, Datasets.DEFAULT_CHUNK);
        cues = new CueCounter(group, CueTypes.HEAD, Datasets.DEFAULT_CHUNK, cueInterval);
    }

    @Override
    public String identifier() {
        return "da00";
    }

    /**
     * Creates a dataset for each configured variable that has data_type and shape; the others get none. As HEAD's
     * config_post_processing, a variable whose config does not parse (no name, a shape that is not a list of
     * numbers, axes that are not a list of strings) is logged and ends the reading: it, the variables after it and
     * all constants are left out. Returns whether the constants are to be read.
     */
    private boolean readVariables(H5Group group, JsonNode variableList) {
        for (JsonNode variable : variableList) {
            String problem = variableProblem(variable);
            if (problem != null) {
                LOG.log(
                        Level.ERROR,
                        "Failed to parse configuration with error message: {0} (da00 in {1}: this variable, the ones"
                                + " after it and the constants get no dataset)",
                        problem,
                        group.path());
                return false;
            }
            String name = variable.get("name").textValue();
            variableConfigs.put(name, variable);
            Optional<DataType> type = dtype(variable.get("data_type"));
            JsonNode shape = variable.get("shape");
            if (type.isPresent() && shape != null && shape.size() > 0) {
                createVariable(name, type.get(), shapeOf(shape));
            } else {
                LOG.log(
                        Level.ERROR,
                        "Variable {0} configuration lacks data_type or shape. Can not insert dataset",
                        name);
            }
        }
        return true;
    }

    /** Why a variable's config does not parse as HEAD's VariableConfig reads it, or null. */
    private static String variableProblem(JsonNode variable) {
        JsonNode name = variable.get("name");
        if (name == null || !name.isTextual()) {
            return typeError("string", name);
        }
        if (name.textValue().isEmpty()) {
            return "Configuration Variable name is empty.";
        }
        JsonNode type = variable.get("data_type");
        if (type != null && !type.isTextual()) {
            return typeError("string", type);
        }
        String shapeProblem = listProblem(variable.get("shape"), JsonNode::isNumber, "number");
        return shapeProblem != null ? shapeProblem : listProblem(variable.get("axes"), JsonNode::isTextual, "string");
    }

    /** Why an optional list field is not a list of {@code elementType}, or null. */
    private static String listProblem(JsonNode list, Predicate<JsonNode> element, String elementType) {
        if (list == null) {
            return null;
        }
        if (!list.isArray()) {
            return typeError("array", list);
        }
        for (JsonNode value : list) {
            if (!element.test(value)) {
                return typeError(elementType, value);
            }
        }
        return null;
    }

    private static String typeError(String expected, JsonNode value) {
        return "[json.exception.type_error.302] type must be " + expected + ", but is " + ModuleConfig.typeName(value);
    }

    @Override
    public void write(DecodedMessage message, boolean buffered) {
        for (DataArray.Variable variable : message.payload(DataArray.class).variables()) {
            try {
                writeVariable(variable);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "da00 variable {0} from {1} not written: {2}",
                        variable.name(),
                        message.source(),
                        e.getMessage());
            }
        }
        time.appendLong(message.timeNs());
        cues.add(1, message.timeNs());
    }

    private void writeVariable(DataArray.Variable variable) {
        DataType type = variable.dataType() == null
                ? null
                : ElementTypes.byOrdinal(variable.dataType().ordinal());
        if (type == null) {
            throw new IllegalArgumentException("unsupported data type " + variable.dataType());
        }
        long[] dims = variable.shape();
        NumericValues values = NumericValues.fromRawBytes(java.nio.ByteBuffer.wrap(variable.data()), type);
        if (values.length() != ShapePadding.product(dims)) {
            throw new IllegalArgumentException(
                    values.length() + " elements for shape " + java.util.Arrays.toString(dims));
        }
        AppendableDataset dataset = variables.get(variable.name());
        if (dataset == null) {
            // Only variables the config lists, with data_type and shape, get a dataset; the real writer drops the
            // others without a word (protocol.md §5.6).
            return;
        }
        if (dataset.rowShape().length != dims.length) {
            throw new IllegalArgumentException("rank " + dims.length + " does not match the dataset's");
        }
        dataset.growRowShape(dims);
        long[] rowShape = dataset.rowShape();
        int[] targets = ShapePadding.targetIndices(dims, rowShape);
        int rowElements = (int) ShapePadding.product(rowShape);
        if (values.isFloating()) {
            double[] row = new double[rowElements];
            for (int i = 0; i < targets.length; i++) {
                row[targets[i]] = values.asDouble(i);
            }
            dataset.appendDoubles(row, 0, rowElements);
        } else {
            long[] row = new long[rowElements];
            for (int i = 0; i < targets.length; i++) {
                row[targets[i]] = values.asLong(i);
            }
            NumericValues.ofIntegers(row, type == DataType.UINT64).appendTo(dataset);
        }
    }

    private AppendableDataset createVariable(String name, DataType type, long[] shape) {
        AppendableDataset dataset = context.group().createAppendable(name, type, shape, chunkElements);
        variables.put(name, dataset);
        JsonNode configured = variableConfigs.get(name);
        if (configured != null) {
            addVariableAttributes(dataset, text(configured, "unit"), text(configured, "label"));
            JsonNode axes = configured.get("axes");
            if (axes != null && axes.isArray() && axes.size() > 0) {
                TypedData data = JsonValues.toTypedData(axes, DataType.STRING);
                dataset.setAttribute("axes", DataType.STRING, data.dims(), data.data());
            }
        }
        return dataset;
    }

    private static void addVariableAttributes(writer.output.hdf5.H5Object dataset, String unit, String label) {
        if (unit != null && !unit.isEmpty()) {
            dataset.setAttribute("units", unit);
        }
        if (label != null && !label.isEmpty()) {
            dataset.setAttribute("label", label);
        }
    }

    private void writeConstant(H5Group group, JsonNode constant) {
        String name = text(constant, "name");
        JsonNode data = constant.get("data");
        if (name == null || data == null) {
            LOG.log(Level.WARNING, "da00 constant without name or data in {0}; skipped", group.path());
            return;
        }
        try {
            DataType type = dtype(constant.get("data_type")).orElse(JsonValues.inferType(data));
            TypedData typed = JsonValues.toTypedData(data, type);
            H5Dataset dataset = group.createDataset(name, type, typed.dims(), typed.data());
            addVariableAttributes(dataset, text(constant, "unit"), text(constant, "label"));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "da00 constant {0} in {1} not written: {2}", name, group.path(), e.getMessage());
        }
    }

    /** da00 attributes are {name, data, data_type}; they become list-form group attributes. */
    private static void writeAttributes(H5Group group, JsonNode attributes) {
        if (attributes == null || !attributes.isArray()) {
            return;
        }
        ArrayNode list = JsonNodeFactory.instance.arrayNode();
        for (JsonNode attribute : attributes) {
            ObjectNode entry = list.addObject();
            entry.set("name", attribute.get("name"));
            entry.set("values", attribute.has("data") ? attribute.get("data") : attribute.get("values"));
            dtype(attribute.get("data_type")).ifPresent(type -> entry.put("dtype", attributeTypeName(type)));
        }
        AttributeWriter.write(group, list);
    }

    private static String attributeTypeName(DataType type) {
        switch (type.kind()) {
            case FLOAT32:
                return "float";
            case FLOAT64:
                return "double";
            case VL_UTF8:
                return "string";
            default:
                return type.kind().name().toLowerCase(Locale.ROOT);
        }
    }

    private static Optional<DataType> dtype(JsonNode name) {
        if (name == null || name.isNull()) {
            return Optional.empty();
        }
        String text = name.asText().trim().toLowerCase(Locale.ROOT);
        if (text.equals("c_string") || text.equals("string")) {
            return Optional.of(DataType.STRING);
        }
        return DataType.numericByName(text);
    }

    private static long[] shapeOf(JsonNode shape) {
        long[] dims = new long[shape.size()];
        for (int i = 0; i < dims.length; i++) {
            JsonNode dimension = shape.get(i);
            dims[i] = dimension.isIntegralNumber() ? dimension.longValue() : (long) dimension.asDouble();
        }
        return dims;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
