package lib.writers;

import java.util.ArrayList;
import java.util.List;
import lib.wire.Profile;

/** The command line of writer number {@code index}, in the form of the run's profile (decisions A10). */
public final class WriterCommandLine {
    private WriterCommandLine() {}

    public static String serviceName(int index) {
        return "filewriter_" + index;
    }

    /** The writer's options, the arguments after the program: also a writer image's, its entry point being the writer. */
    public static List<String> arguments(WriterSetup setup, int index) {
        List<String> args = new ArrayList<>();
        if (setup.profile() == Profile.P2022) {
            // 2022 takes one host:port per URI; the first bootstrap server will do.
            String broker = setup.bootstrapServers().split(",")[0];
            args.addAll(List.of(
                    "--job-pool-uri",
                    broker + "/" + setup.poolTopic(),
                    "--command-status-uri",
                    broker + "/" + setup.commandTopic()));
        } else {
            args.addAll(List.of(
                    "--brokers",
                    setup.bootstrapServers(),
                    "--job-pool-topic",
                    setup.poolTopic(),
                    "--command-status-topic",
                    setup.commandTopic()));
        }
        args.addAll(List.of(
                "--service-name",
                serviceName(index),
                "--status-master-interval",
                WriterSetup.STATUS_INTERVAL,
                "--hdf-output-prefix",
                setup.outputFolder().toString()));
        return args;
    }

    /** A command line a user can run by hand (--no-writer): the reference writer from the repository root. */
    public static List<String> exampleFor(WriterSetup setup, int index) {
        List<String> command = new ArrayList<>(List.of("./jbang", "file_writer.java"));
        command.addAll(profileOption(setup));
        command.addAll(arguments(setup, index));
        return command;
    }

    /** The reference writer plays either era and is told which; a real binary is one era and has no such option. */
    public static List<String> profileOption(WriterSetup setup) {
        return List.of("--profile", setup.profile().label());
    }
}
