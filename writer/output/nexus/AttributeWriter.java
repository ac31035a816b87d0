package writer.output.nexus;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import writer.output.hdf5.DataType;
import writer.output.hdf5.H5Object;

/** Writes an `attributes` JSON value (object form or list form, §5.4) onto a group or dataset. */
public final class AttributeWriter {
    private static final Logger LOG = System.getLogger(AttributeWriter.class.getName());

    private AttributeWriter() {}

    /** Writes every attribute it can; each one that fails is logged and skipped. */
    public static void write(H5Object target, JsonNode attributes) {
        if (attributes == null || attributes.isNull()) {
            return;
        }
        if (attributes.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = attributes.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                writeOne(target, field.getKey(), field.getValue(), null);
            }
        } else if (attributes.isArray()) {
            for (JsonNode entry : attributes) {
                JsonNode name = entry.get("name");
                JsonNode values = entry.has("values") ? entry.get("values") : entry.get("value");
                JsonNode dtype = entry.has("dtype") ? entry.get("dtype") : entry.get("type");
                if (name == null || !name.isTextual() || values == null) {
                    LOG.log(
                            Level.WARNING,
                            "Attribute without name or values on {0} skipped: {1}",
                            target.path(),
                            entry);
                    continue;
                }
                writeOne(target, name.textValue(), values, dtype == null ? null : dtype.asText());
            }
        } else {
            LOG.log(Level.WARNING, "attributes of {0} are neither an object nor a list; skipped", target.path());
        }
    }

    private static void writeOne(H5Object target, String name, JsonNode values, String dtypeName) {
        if (values.isBoolean() || values.isNull() || values.isObject()) {
            return; // booleans are not written, as by kafka-to-nexus
        }
        try {
            DataType type;
            if (dtypeName == null) {
                type = JsonValues.inferType(values);
            } else {
                Optional<DataType> named = JsonValues.typeByName(dtypeName);
                if (named.isEmpty()) {
                    LOG.log(
                            Level.WARNING,
                            "Attribute {0} on {1} has unknown dtype {2}; skipped",
                            name,
                            target.path(),
                            dtypeName);
                    return;
                }
                type = named.get();
            }
            TypedData data = JsonValues.toTypedData(values, type);
            target.setAttribute(name, data.type(), data.dims(), data.data());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Attribute {0} on {1} not written: {2}", name, target.path(), e.getMessage());
        }
    }
}
