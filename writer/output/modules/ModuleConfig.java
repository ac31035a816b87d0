package writer.output.modules;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Optional;
import writer.output.hdf5.DataType;

/**
 * Reads a stream module's `config`. Numbers must be JSON numbers: like both real writers, a number given as a
 * string ("3") is a type error that is logged, and the default is kept (protocol.md §5.5).
 */
public final class ModuleConfig {
    private static final Logger LOG = System.getLogger(ModuleConfig.class.getName());

    private final JsonNode config;

    public ModuleConfig(JsonNode config) {
        this.config = config;
    }

    public JsonNode json() {
        return config;
    }

    public JsonNode get(String key) {
        JsonNode value = config.get(key);
        return value == null || value.isNull() ? null : value;
    }

    /** The first of `keys` that is present, as text. */
    public Optional<String> text(String... keys) {
        for (String key : keys) {
            JsonNode value = get(key);
            if (value != null) {
                return Optional.of(value.asText());
            }
        }
        return Optional.empty();
    }

    /** An integer setting; anything but a JSON number is a logged type error and gives the default. */
    public long integer(String key, long fallback) {
        JsonNode value = get(key);
        if (value == null) {
            return fallback;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().longValue();
        }
        if (value.isNumber()) {
            return (long) value.asDouble();
        }
        LOG.log(
                Level.WARNING,
                "Got type error for config key \"{0}\": [json.exception.type_error.302] type must be number, but is"
                        + " {1}; keeping the default {2}",
                key,
                typeName(value),
                Long.toUnsignedString(fallback));
        return fallback;
    }

    /** The JSON type as nlohmann::json names it in its type errors. */
    private static String typeName(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isArray()) {
            return "array";
        }
        return value.isObject() ? "object" : "null";
    }

    public boolean bool(String key, boolean fallback) {
        JsonNode value = get(key);
        if (value == null) {
            return fallback;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        return !value.asText().trim().equalsIgnoreCase("false")
                && !value.asText().trim().equals("0");
    }

    /** The numeric type named by `type` or `dtype`; an unknown name is an error. */
    public DataType numericType(DataType fallback) {
        Optional<String> name = text("type", "dtype");
        if (name.isEmpty()) {
            return fallback;
        }
        return DataType.numericByName(name.get())
                .orElseThrow(() -> new IllegalArgumentException("unknown type '" + name.get() + "'"));
    }
}
