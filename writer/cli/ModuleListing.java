package writer.cli;

import java.io.PrintWriter;
import writer.common.Profile;
import writer.output.modules.ModuleFactory;

/**
 * {@code --list_modules} as each profile's binary answers it (protocol.md §7): the 2022 binary checks its required
 * options first (CLI11's RequiredError, exit 106) and then lists; HEAD removed the option (CLI11's ExtrasError,
 * exit 109). The runner's module probe relies on both answers.
 */
final class ModuleListing {
    static final int REQUIRED_ERROR = 106;
    static final int EXTRAS_ERROR = 109;
    private static final String MORE_INFORMATION = "Run with --help for more information.";

    private ModuleListing() {}

    static int print(Profile profile, boolean hasCommandTopic, boolean hasPoolTopic, PrintWriter out, PrintWriter err) {
        if (profile == Profile.CURRENT) {
            err.println("The following argument was not expected: --list_modules");
            err.println(MORE_INFORMATION);
            return EXTRAS_ERROR;
        }
        if (!hasCommandTopic || !hasPoolTopic) {
            err.println((hasCommandTopic ? "--job-pool-uri" : "--command-status-uri") + " is required");
            err.println(MORE_INFORMATION);
            return REQUIRED_ERROR;
        }
        out.println();
        out.println("-- Known flatbuffer metadata extractors");
        ModuleFactory.identifiers2022().forEach(identifier -> out.println("---- " + identifier));
        out.println();
        out.println("-- Known writer modules");
        ModuleFactory.listing2022().forEach(line -> out.println("---- " + line));
        out.flush();
        return 0;
    }
}
