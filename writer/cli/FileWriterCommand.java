package writer.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import lib.wire.Profile;
import org.apache.kafka.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import writer.common.Faults;
import writer.common.WriterVersion;
import writer.profile.ProfileRules;
import writer.service.Writer;
import writer.service.WriterSettings;

/** The writer's command line: kafka-to-nexus's options and ini keys, in their current and 2022 spellings. */
@Command(
        name = "file_writer",
        sortOptions = false,
        mixinStandardHelpOptions = true,
        versionProvider = FileWriterCommand.VersionText.class,
        usageHelpWidth = 110,
        description = {
            "Reference Kafka-to-NeXus file writer: takes write jobs (pl72) from a Kafka job pool, answers on the "
                    + "command/status topic (answ, x5f2, wrdn) and writes NeXus (HDF5) files, like ESS's "
                    + "kafka-to-nexus.",
            "",
            "--profile picks the behaviour where kafka-to-nexus changed: 'current' (its main branch: control topic "
                    + "required and read from the job's start time, pl72 echo, no status 'extra', HEAD data-window "
                    + "rules) or '2022' (the spring 2022 release: starts also on the command topic addressed by "
                    + "service id, service id checks on stops, status 'extra', 2022 data-window rules).",
            "Both option spellings work in both profiles: --brokers with --job-pool-topic and "
                    + "--command-status-topic, or --job-pool-uri and --command-status-uri as host:port/topic.",
            "Durations: a number, optional decimals, an optional space and a unit ms, s|sec, m|min or h. "
                    + "No unit means SECONDS: write 2000ms, not 2000.",
            "Config file (-c): key=value lines, keys are the long option names without dashes, values may be "
                    + "quoted; the command line wins over the file.",
            "Writer modules: under '2022' every module: f142, f142_test, ev42, ep00 (epics_con_status), senv, tdct,"
                + " ADAr, hs00, and HEAD's f144, ev44, ep01 (epics_con_info), al00 (alarm_info), se00, ad00, da00,"
                + " mdat. Under 'current' exactly HEAD's: f144, ev44, ep01 (epics_con_info), al00 (alarm_info), tdct,"
                + " se00, ad00, da00, mdat; a job naming any other module fails to start (500), as at HEAD. Writer"
                + " modules NDAr and ns10 are not implemented (there is no schema for them).",
            ""
        },
        footer = {"", Faults.HELP})
public final class FileWriterCommand implements Callable<Integer> {
    private static final String DEFAULT = " (default: ${DEFAULT-VALUE}).";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(
            names = "--profile",
            paramLabel = "PROFILE",
            defaultValue = "current",
            converter = OptionConverters.ProfileConverter.class,
            description = "current | 2022" + DEFAULT)
    Profile profile;

    @Option(names = "--brokers", paramLabel = "HOST:PORT[,HOST:PORT]", description = "Kafka brokers (current form).")
    String brokers;

    @Option(names = "--job-pool-topic", paramLabel = "TOPIC", description = "Job pool topic (current form).")
    String jobPoolTopic;

    @Option(
            names = "--command-status-topic",
            paramLabel = "TOPIC",
            description = "Command and status topic (current form).")
    String commandStatusTopic;

    @Option(names = "--job-pool-uri", paramLabel = "HOST:PORT/TOPIC", description = "Job pool (2022 form).")
    String jobPoolUri;

    @Option(
            names = "--command-status-uri",
            paramLabel = "HOST:PORT/TOPIC",
            description = "Command and status topic (2022 form).")
    String commandStatusUri;

    @Option(
            names = "--hdf-output-prefix",
            paramLabel = "FOLDER",
            description = "Folder for the output files (default: 2022 none, current the working directory).")
    String hdfOutputPrefix;

    @Option(
            names = "--service-name",
            paramLabel = "NAME",
            description = "Name in the service id <name>-pid:<pid>-<hhhh> (default: kafka-to-nexus:<host>).")
    String serviceName;

    @Option(
            names = "--status-master-interval",
            paramLabel = "DURATION",
            defaultValue = "2000ms",
            description = "Status (x5f2) interval" + DEFAULT)
    Duration statusInterval;

    @Option(
            names = "--time-before-start",
            paramLabel = "DURATION",
            defaultValue = "10s",
            description = "Data read from before the job's start" + DEFAULT)
    Duration timeBeforeStart;

    @Option(
            names = "--time-after-stop",
            paramLabel = "DURATION",
            defaultValue = "10s",
            description = "Data awaited after the job's stop" + DEFAULT)
    Duration timeAfterStop;

    @Option(
            names = "--kafka-metadata-max-timeout",
            paramLabel = "DURATION",
            defaultValue = "10s",
            description = "Longest wait for broker metadata" + DEFAULT)
    Duration metadataMaxTimeout;

    @Option(
            names = "--kafka-error-timeout",
            paramLabel = "DURATION",
            defaultValue = "30s",
            description = "Data-topic errors lasting this long end reading it" + DEFAULT)
    Duration kafkaErrorTimeout;

    @Option(
            names = "--kafka-poll-timeout",
            paramLabel = "DURATION",
            defaultValue = "100ms",
            description = "Longest data poll" + DEFAULT)
    Duration pollTimeout;

    @Option(
            names = "--data-flush-interval",
            paramLabel = "DURATION",
            defaultValue = "10s",
            description = "How often written data is flushed to disk" + DEFAULT)
    Duration dataFlushInterval;

    @Option(
            names = {"-X", "--kafka-config"},
            arity = "2",
            paramLabel = "KEY VALUE",
            hideParamSyntax = true,
            description = "Kafka client setting (librdkafka or Java client name), repeatable.")
    List<String> kafkaConfig = new ArrayList<>();

    @Option(
            names = {"-c", "--config-file"},
            paramLabel = "FILE",
            description = "Ini file with option values.")
    Path configFile;

    @Option(names = "--log-file", paramLabel = "FILE", description = "Also write the log to this file (2022).")
    Path logFile;

    @Option(
            names = {"-v", "--verbosity"},
            paramLabel = "LEVEL",
            defaultValue = "Info",
            converter = OptionConverters.VerbosityConverter.class,
            description = "Critical, Error, Warning, Info, Debug, Trace or 0-6" + DEFAULT)
    Verbosity verbosity;

    /** Options of kafka-to-nexus that real ini files carry; accepted so those files work, without effect here. */
    @Option(
            names = {
                "--hdf-template-prefix",
                "--grafana-carbon-address",
                "--graylog-logger-address",
                "--metric-server-port",
                "--max-queued-writes"
            },
            paramLabel = "VALUE",
            hidden = true)
    List<String> acceptedWithoutEffect = new ArrayList<>();

    @Option(
            names = "--list_modules",
            description = "2022 profile: print the flatbuffer readers and writer modules and exit, as the 2022 binary"
                    + " (which needs --command-status-uri and --job-pool-uri even then, exit 106 without). Current"
                    + " profile: refused as HEAD refuses it (exit 109), after the same check of HEAD's required"
                    + " options.")
    boolean listModules;

    @Override
    public Integer call() {
        ProfileRules rules = ProfileRules.of(profile);
        if (listModules) {
            return ModuleListing.print(
                    rules,
                    brokers != null || commandStatusUri != null || jobPoolUri != null,
                    commandStatusUri != null || commandStatusTopic != null,
                    jobPoolUri != null || jobPoolTopic != null,
                    spec.commandLine().getOut(),
                    spec.commandLine().getErr());
        }
        WriterSettings settings = settings(rules);
        LogSetup.configure(verbosity, settings.logFileOrNull());
        Faults.warnIfAnyOn();
        return new Writer(settings).run();
    }

    private WriterSettings settings(ProfileRules rules) {
        Endpoint pool = endpoint("--job-pool-uri", jobPoolUri, "--job-pool-topic", jobPoolTopic);
        Endpoint commands =
                endpoint("--command-status-uri", commandStatusUri, "--command-status-topic", commandStatusTopic);
        String prefix = hdfOutputPrefix != null ? hdfOutputPrefix : rules.defaultOutputPrefix();
        Map<String, String> clientConfig = KafkaConfigNames.translate(kafkaConfig);
        try {
            KafkaConfigNames.validate(clientConfig);
        } catch (ConfigException e) {
            throw usageError("-X/--kafka-config: " + e.getMessage());
        }
        return new WriterSettings(
                rules,
                pool.brokers(),
                pool.topic(),
                commands.brokers(),
                commands.topic(),
                prefix,
                serviceName,
                positive("--status-master-interval", statusInterval),
                timeBeforeStart,
                timeAfterStop,
                positive("--kafka-metadata-max-timeout", metadataMaxTimeout),
                kafkaErrorTimeout,
                positive("--data-flush-interval", dataFlushInterval),
                positive("--kafka-poll-timeout", pollTimeout),
                clientConfig,
                logFile);
    }

    private record Endpoint(String brokers, String topic) {}

    private Endpoint endpoint(String uriOption, String uri, String topicOption, String topic) {
        if (uri != null && topic != null) {
            throw usageError("give either " + uriOption + " or " + topicOption + ", not both");
        }
        if (uri != null) {
            try {
                KafkaUri parsed = KafkaUri.parse(uriOption, uri);
                return new Endpoint(parsed.hostPort(), parsed.topic());
            } catch (IllegalArgumentException e) {
                throw usageError(e.getMessage());
            }
        }
        if (topic == null || topic.isBlank()) {
            throw usageError("missing " + topicOption + " (with --brokers) or " + uriOption + " (host:port/topic)");
        }
        if (brokers == null || brokers.isBlank()) {
            throw usageError(topicOption + " needs --brokers host:port");
        }
        return new Endpoint(brokers, topic);
    }

    private Duration positive(String option, Duration value) {
        if (value.isZero()) {
            throw usageError(option + " must be longer than 0 ms");
        }
        return value;
    }

    private ParameterException usageError(String message) {
        return new ParameterException(spec.commandLine(), message);
    }

    /** Runs the writer with these arguments and returns the process exit status. */
    public static int run(String... args) {
        FileWriterCommand command = new FileWriterCommand();
        CommandLine commandLine = new CommandLine(command);
        // Every Duration option takes the writer's duration forms (2s, 500ms, bare milliseconds).
        commandLine.registerConverter(Duration.class, new OptionConverters.DurationConverter());
        commandLine.setParameterExceptionHandler(FileWriterCommand::oneLineError);
        commandLine.setExecutionExceptionHandler((e, cl, parsed) -> {
            cl.getErr().println("file_writer: " + e.getMessage());
            if (command.verbosity != null && command.verbosity.compareTo(Verbosity.DEBUG) <= 0) {
                e.printStackTrace(cl.getErr());
            }
            return 1;
        });
        try {
            Faults.enableFromEnvironment();
            Path ini = ConfigFileArgument.find(args);
            if (ini != null) {
                Map<String, String> values = IniFile.read(ini, longOptionNames(commandLine));
                commandLine.setDefaultValueProvider(new IniDefaults(values));
            }
        } catch (IllegalArgumentException e) {
            commandLine.getErr().println("file_writer: " + e.getMessage());
            return 2;
        }
        return commandLine.execute(args);
    }

    private static int oneLineError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("file_writer: " + e.getMessage() + " (see --help)");
        return 2;
    }

    private static Set<String> longOptionNames(CommandLine commandLine) {
        Set<String> names = new HashSet<>();
        for (OptionSpec option : commandLine.getCommandSpec().options()) {
            for (String name : option.names()) {
                if (name.startsWith("--")) {
                    names.add(name.substring(2));
                }
            }
        }
        return names;
    }

    static final class VersionText implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"file_writer " + WriterVersion.VERSION + " (reference kafka-to-nexus writer)"};
        }
    }
}
