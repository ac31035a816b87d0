package writer.output.modules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import writer.output.hdf5.DataType;

/** Reads a stream module's `config`; numbers may be given as JSON strings ("3"), as kafka-to-nexus allows. */
public final class ModuleConfig {
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

    /** An integer setting; a text value is parsed; anything unreadable gives the default. */
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
        try {
            return new java.math.BigDecimal(value.asText().trim())
                    .toBigInteger()
                    .longValue();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("config value " + key + "=" + value + " is not a number");
        }
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
