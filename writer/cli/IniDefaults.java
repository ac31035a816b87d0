package writer.cli;

import java.util.Map;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Supplies ini-file values as option defaults, so anything given on the command line wins. */
record IniDefaults(Map<String, String> values) implements IDefaultValueProvider {

    @Override
    public String defaultValue(ArgSpec argument) {
        if (argument instanceof OptionSpec option) {
            for (String name : option.names()) {
                if (name.startsWith("--") && values.containsKey(name.substring(2))) {
                    return values.get(name.substring(2));
                }
            }
        }
        return null;
    }
}
