package writer.output.modules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Arrays;
import java.util.Optional;
import writer.output.hdf5.DataType;

/**
 * Reads a stream module's `config` with the types the real writers' config fields have (protocol.md §5.5): a
 * number field takes only a JSON number, a list field ({@code array_size}, ad00/da00 {@code chunk_size}) only a JSON
 * array of numbers, a boolean field only true or false. Anything else, a number given as a string ("3") included,
 * is a type error: logged as both binaries log it (nlohmann::json's type_error.302 in JsonConfig::FieldHandler),
 * and the default is kept. Text fields take any value, as the real ones do.
 */
public final class ModuleConfig {
    private static final Logger LOG = System.getLogger(ModuleConfig.class.getName());

    private static final JsonNode EMPTY = JsonNodeFactory.instance.arrayNode();

    private final JsonNode config;
    private final String module;

    /** @param module the module's name, named in the type-error log lines */
    public ModuleConfig(JsonNode config, String module) {
        this.config = config;
        this.module = module;
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

    /** A number field: only a JSON number sets it; anything else is a logged type error and gives the default. */
    public long integer(String key, long fallback) {
        JsonNode value = config.get(key);
        if (value == null) {
            return fallback;
        }
        if (value.isIntegralNumber()) {
            return value.bigIntegerValue().longValue();
        }
        if (value.isNumber()) {
            return (long) value.asDouble();
        }
        typeError(key, "number", value, Long.toUnsignedString(fallback));
        return fallback;
    }

    /**
     * A list-of-numbers field (hdf5::Dimensions in the real writers): only a JSON array of numbers sets it; a single
     * number, a string or an array with a non-number in it is a logged type error and gives the default.
     */
    public long[] integers(String key, long[] fallback) {
        JsonNode value = config.get(key);
        if (value == null) {
            return fallback;
        }
        if (!value.isArray()) {
            typeError(key, "array", value, Arrays.toString(fallback));
            return fallback;
        }
        long[] values = new long[value.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode element = value.get(i);
            if (!element.isNumber()) {
                typeError(key, "number", element, Arrays.toString(fallback));
                return fallback;
            }
            values[i] = element.isIntegralNumber() ? element.bigIntegerValue().longValue() : (long) element.asDouble();
        }
        return values;
    }

    /**
     * A list field (std::vector of JSON objects in the real writer, e.g. da00's {@code variables}): only a JSON array
     * sets it; anything else is a logged type error and gives an empty list.
     */
    public JsonNode list(String key) {
        JsonNode value = config.get(key);
        if (value == null) {
            return EMPTY;
        }
        if (!value.isArray()) {
            typeError(key, "array", value, "[]");
            return EMPTY;
        }
        return value;
    }

    /** A boolean field: only true or false set it; "false", 0 and the like are a logged type error (the default). */
    public boolean bool(String key, boolean fallback) {
        JsonNode value = config.get(key);
        if (value == null) {
            return fallback;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        typeError(key, "boolean", value, Boolean.toString(fallback));
        return fallback;
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

    /** kafka-to-nexus's line (JsonConfig/FieldHandler.cpp), then which module it was and that the default stays. */
    private void typeError(String key, String expected, JsonNode value, String fallback) {
        LOG.log(
                Level.ERROR,
                "Got type error when trying to set json config field value (with key \"{0}\"). The error message was:"
                        + " [json.exception.type_error.302] type must be {1}, but is {2} (module {3}, source {4}:"
                        + " the default {5} is kept)",
                key,
                expected,
                typeName(value),
                module,
                text("source").orElse("?"),
                fallback);
    }

    /** The JSON type as nlohmann::json names it in its type errors; an absent value is "null". */
    static String typeName(JsonNode value) {
        if (value == null) {
            return "null";
        }
        if (value.isTextual()) {
            return "string";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isArray()) {
            return "array";
        }
        return value.isObject() ? "object" : "null";
    }
}
