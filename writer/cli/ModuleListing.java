package writer.cli;

import java.io.PrintWriter;
import writer.common.Profile;
import writer.output.modules.ModuleFactory;

/**
 * {@code --list_modules} as each profile's binary answers it (protocol.md §7). Both binaries parse with CLI11, which
 * checks the required options before it complains about unknown arguments: a missing one is a RequiredError (exit
 * 106, naming the first missing option in the binary's order). The 2022 binary then lists its readers and writer
 * modules; HEAD removed the option, so there it is an ExtrasError (exit 109). The runner's module probe relies on
 * both answers. The reference writer takes either option spelling in either profile, so either satisfies a
 * requirement.
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
            Profile profile,
            boolean hasBrokers,
            boolean hasCommandTopic,
            boolean hasPoolTopic,
            PrintWriter out,
            PrintWriter err) {
        String missing = firstMissing(profile, hasBrokers, hasCommandTopic, hasPoolTopic);
        if (missing != null) {
            err.println(missing + " is required");
            err.println(MORE_INFORMATION);
            err.flush();
            return REQUIRED_ERROR;
        }
        if (profile == Profile.CURRENT) {
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

    /** The first required option that is missing, in the order the binary of the profile declares them, or null. */
    private static String firstMissing(
            Profile profile, boolean hasBrokers, boolean hasCommandTopic, boolean hasPoolTopic) {
        if (profile == Profile.P2022) {
            // 2022 CLIOptions.cpp: --command-status-uri, then --job-pool-uri, both required.
            return !hasCommandTopic ? "--command-status-uri" : !hasPoolTopic ? "--job-pool-uri" : null;
        }
        // HEAD apps/kafka-to-nexus.cpp: --brokers, --command-status-topic, --job-pool-topic, all required.
        if (!hasBrokers) {
            return "--brokers";
        }
        return !hasCommandTopic ? "--command-status-topic" : !hasPoolTopic ? "--job-pool-topic" : null;
    }
}
