package writer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A kafka-to-nexus ini file: {@code key=value} lines whose keys are the long option names without dashes. Values may
 * be quoted; blank lines and lines starting with {@code #} or {@code ;} are skipped.
 */
final class IniFile {
    private IniFile() {}

    static Map<String, String> read(Path file, Set<String> knownKeys) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read config file " + file + ": " + e.getMessage());
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";") || line.startsWith("[")) {
                continue;
            }
            int equals = line.indexOf('=');
            String where = file + " line " + (i + 1);
            if (equals < 1) {
                throw new IllegalArgumentException(where + ": expected key=value, got \"" + line + "\"");
            }
            String key = line.substring(0, equals).strip();
            if (key.startsWith("--")) {
                key = key.substring(2);
            }
            if (!knownKeys.contains(key)) {
                throw new IllegalArgumentException(where + ": unknown key \"" + key
                        + "\"; keys are the long option names without dashes (see --help)");
            }
            values.put(key, unquote(line.substring(equals + 1).strip()));
        }
        return values;
    }

    private static String unquote(String value) {
        boolean quoted = value.length() >= 2
                && (value.startsWith("\"") && value.endsWith("\"") || value.startsWith("'") && value.endsWith("'"));
        return quoted ? value.substring(1, value.length() - 1) : value;
    }
}
