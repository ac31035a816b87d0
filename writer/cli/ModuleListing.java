package writer.cli;

import java.io.PrintWriter;
import writer.output.modules.ModuleFactory;
import writer.profile.ProfileRules;

/**
 * {@code --list_modules} as each profile's binary answers it (protocol.md §7). Both binaries parse with CLI11, which
 * checks the required options before it complains about unknown arguments: a missing one is a RequiredError (exit
 * 106, naming the first missing option in the binary's order). The 2022 binary then lists its readers and writer
 * modules; HEAD removed the option, so there it is an ExtrasError (exit 109). The runner's module probe relies on
 * both answers. The profile's rules name the required options and whether the option lists. The reference writer
 * takes either option spelling in either profile, so either satisfies a requirement.
 */
final class ModuleListing {
    static final int REQUIRED_ERROR = 106;
    static final int EXTRAS_ERROR = 109;
    private static final String MORE_INFORMATION = "Run with --help for more information.";

    private ModuleListing() {}

    /**
     * @param hasBrokers --brokers, or a --*-uri (which carries the broker), was given
     * @param hasCommandTopic --command-status-topic or --command-status-uri was given
     * @param hasPoolTopic --job-pool-topic or --job-pool-uri was given
     * @return the exit status
     */
    static int print(
            ProfileRules rules,
            boolean hasBrokers,
            boolean hasCommandTopic,
            boolean hasPoolTopic,
            PrintWriter out,
            PrintWriter err) {
        String missing = rules.firstMissingRequiredOption(hasBrokers, hasCommandTopic, hasPoolTopic);
        if (missing != null) {
            err.println(missing + " is required");
            err.println(MORE_INFORMATION);
            err.flush();
            return REQUIRED_ERROR;
        }
        if (!rules.listsModules()) {
            err.println("The following argument was not expected: --list_modules");
            err.println(MORE_INFORMATION);
            err.flush();
            return EXTRAS_ERROR;
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
