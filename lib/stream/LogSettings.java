package lib.stream;

import java.util.Locale;

/**
 * What the synthetic logs send: {@code sourceCount} sources named {@code sourcePrefix} + a zero-padded index, each
 * at {@code rateHz}, as f144 (or f142) double values given by {@code values}.
 */
public record LogSettings(
        String schema, String sourcePrefix, int sourceCount, double rateHz, String topic, LogValues values) {

    public LogSettings {
        schema = schema.toLowerCase(Locale.ROOT);
        if (!schema.equals("f144") && !schema.equals("f142")) {
            throw new IllegalArgumentException("log schema '" + schema + "': use f144 or f142");
        }
        if (sourceCount < 0) {
            throw new IllegalArgumentException("log sources cannot be negative: " + sourceCount);
        }
    }

    /** The name of source {@code index}: {@code log_07} of 50 sources with prefix {@code log_}. */
    public String sourceName(int index) {
        int width = Integer.toString(Math.max(0, sourceCount - 1)).length();
        return sourcePrefix + String.format(Locale.ROOT, "%0" + width + "d", index);
    }
}
