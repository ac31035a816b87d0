package writer.output.nexus;

import com.fasterxml.jackson.databind.JsonNode;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import writer.output.hdf5.DataType;

/**
 * Writes the mdat datasets when the file closes (§5.6): the current form {"items":["start_time","end_time"]}
 * as scalar ASCII strings, and the short-lived 2023 form {"name":"start_time"} as scalar int64 milliseconds.
 */
public final class MdatWriter {
    /** The end time written when the job has none: the largest time kafka-to-nexus can represent. */
    public static final Instant NO_STOP_TIME = Instant.ofEpochSecond(0, Long.MAX_VALUE);

    private static final Logger LOG = System.getLogger(MdatWriter.class.getName());
    private static final DateTimeFormatter ISO_MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    private MdatWriter() {}

    public static String formatMillis(Instant instant) {
        return ISO_MILLIS.format(instant);
    }

    public static void write(ModuleNode node, Instant start, Instant stopOrNull) {
        Instant end = stopOrNull == null ? NO_STOP_TIME : stopOrNull;
        JsonNode config = node.config();
        JsonNode items = config.get("items");
        if (items != null && items.isArray()) {
            for (JsonNode item : items) {
                String name = item.asText();
                Instant value = knownValue(node, "item", name, start, end);
                if (value == null) {
                    continue;
                }
                writeSafely(node, name, () -> node.group()
                        .createDataset(name, DataType.ASCII_STRING, new long[0], new String[] {formatMillis(value)}));
            }
            return;
        }
        JsonNode nameNode = config.get("name");
        if (nameNode != null) {
            String name = nameNode.asText();
            Instant value = knownValue(node, "name", name, start, end);
            if (value == null) {
                return;
            }
            writeSafely(node, name, () -> node.group()
                    .createDataset(name, DataType.INT64, new long[0], new long[] {value.toEpochMilli()}));
        }
    }

    /** The time an mdat item or name stands for; null, logged, for one that is not known. */
    private static Instant knownValue(ModuleNode node, String form, String name, Instant start, Instant end) {
        switch (name) {
            case "start_time":
                return start;
            case "end_time":
                return end;
            default:
                LOG.log(
                        Level.INFO,
                        "mdat " + form + " {0} in {1} is not known; ignored",
                        name,
                        node.group().path());
                return null;
        }
    }

    private static void writeSafely(ModuleNode node, String name, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            LOG.log(
                    Level.ERROR,
                    "mdat {0} in {1} not written: {2}",
                    name,
                    node.group().path(),
                    e.getMessage());
        }
    }
}
