package writer.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Finds -c/--config-file before parsing, because the ini file supplies the other options' defaults. */
final class ConfigFileArgument {
    private ConfigFileArgument() {}

    static Path find(String[] args) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if ((arg.equals("-c") || arg.equals("--config-file")) && i + 1 < args.length) {
                value = args[i + 1];
            } else if (arg.startsWith("--config-file=")) {
                value = arg.substring("--config-file=".length());
            } else if (arg.startsWith("-c") && arg.length() > 2 && !arg.startsWith("--")) {
                value = arg.substring(arg.charAt(2) == '=' ? 3 : 2);
            }
        }
        if (value == null) {
            return null;
        }
        Path file = Path.of(value);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("config file " + value + " does not exist; check -c/--config-file");
        }
        return file;
    }
}
