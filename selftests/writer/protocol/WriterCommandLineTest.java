package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.wire.ActionOutcome;
import lib.wire.ActionResponse;
import lib.wire.RunStart;
import lib.wire.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The writer's command line and ini file (protocol.md §7): help, version, one-line errors, ini values,
 * --list_modules, and the module set --profile current gives (exactly HEAD's).
 */
@ExtendWith(SelfTestKafka.class)
class WriterCommandLineTest {
    private static final Duration EXIT_WAIT = Duration.ofSeconds(60);

    private record Outcome(int status, String output) {}

    private static Outcome run(Path folder, String... arguments) {
        WriterProcess writer = WriterProcess.start(folder, WriterRig.logFile(folder, "cli"), List.of(arguments));
        try {
            return new Outcome(writer.awaitExit(EXIT_WAIT), writer.log());
        } finally {
            writer.close();
        }
    }

    @Test
    void helpExplainsProfilesDurationsIniFilesAndMissingModules(@TempDir Path folder) {
        Outcome help = run(folder, "--help");
        assertThat(help.status()).isZero();
        assertThat(help.output().replaceAll("\\s+", " "))
                .contains(
                        "--profile",
                        "current",
                        "2022",
                        "--job-pool-uri",
                        "--brokers",
                        "--status-master-interval",
                        "No unit means SECONDS",
                        "-X",
                        "--config-file",
                        "NDAr",
                        "ns10",
                        "Under 'current' exactly HEAD's: f144, ev44, ep01 (epics_con_info), al00 (alarm_info), tdct,"
                                + " se00, ad00, da00, mdat; a job naming any other module fails to start (500)");
    }

    /** What the 2022 profile's --list_modules prints: the 2022 binary's format, every module the profile offers. */
    private static final String LISTING_2022 = String.join(
            "\n",
            "",
            "-- Known flatbuffer metadata extractors",
            "---- ADAr",
            "---- ad00",
            "---- al00",
            "---- da00",
            "---- ep00",
            "---- ep01",
            "---- ev42",
            "---- ev44",
            "---- f142",
            "---- f144",
            "---- hs00",
            "---- se00",
            "---- senv",
            "---- tdct",
            "",
            "-- Known writer modules",
            "---- ADAr : ADAr",
            "---- ad00 : ad00",
            "---- al00 : alarm_info",
            "---- da00 : da00",
            "---- ep00 : epics_con_status",
            "---- ep01 : epics_con_info",
            "---- ev42 : ev42",
            "---- ev44 : ev44",
            "---- f142 : f142",
            "---- f142 : f142_test",
            "---- f144 : f144",
            "---- hs00 : hs00",
            "---- mdat : mdat",
            "---- se00 : se00",
            "---- senv : senv",
            "---- tdct : tdct",
            "");

    /**
     * protocol.md §7: both binaries parse with CLI11, which checks required options before unknown arguments. The
     * 2022 binary demands --command-status-uri and --job-pool-uri (RequiredError, 106), then lists; HEAD demands
     * --brokers, --command-status-topic and --job-pool-topic, then refuses the option (ExtrasError, 109). The
     * reference writer takes either spelling in either profile; --profile may come after --list_modules.
     */
    @Test
    void listModulesAnswersAsEachProfilesBinary(@TempDir Path folder) {
        Outcome bare = run(folder, "--profile", "2022", "--list_modules");
        assertThat(bare.status()).isEqualTo(106);
        assertThat(bare.output().lines())
                .containsSubsequence("--command-status-uri is required", "Run with --help for more information.")
                .doesNotContain("-- Known writer modules");

        Outcome noPool = run(folder, "--list_modules", "--profile", "2022", "--command-status-uri", "localhost:1/y");
        assertThat(noPool.status()).isEqualTo(106);
        assertThat(noPool.output()).contains("--job-pool-uri is required");

        Outcome listing = run(
                folder,
                "--list_modules",
                "--job-pool-uri",
                "localhost:1/x",
                "--command-status-uri",
                "localhost:1/y",
                "--profile",
                "2022");
        assertThat(listing.status()).isZero();
        assertThat(listing.output()).contains(LISTING_2022);

        Outcome currentSpelling = run(
                folder,
                "--profile",
                "2022",
                "--list_modules",
                "--brokers",
                "localhost:1",
                "--job-pool-topic",
                "x",
                "--command-status-topic",
                "y");
        assertThat(currentSpelling.status()).isZero();
        assertThat(currentSpelling.output()).contains(LISTING_2022);

        Outcome currentBare = run(folder, "--list_modules");
        assertThat(currentBare.status()).isEqualTo(106);
        assertThat(currentBare.output().lines())
                .containsSubsequence("--brokers is required", "Run with --help for more information.")
                .doesNotContain("The following argument was not expected: --list_modules");

        Outcome current = run(
                folder,
                "--list_modules",
                "--brokers",
                "localhost:1",
                "--job-pool-topic",
                "x",
                "--command-status-topic",
                "y",
                "--profile",
                "current");
        assertThat(current.status()).isEqualTo(109);
        assertThat(current.output().lines())
                .containsSubsequence(
                        "The following argument was not expected: --list_modules",
                        "Run with --help for more information.")
                .doesNotContain("-- Known writer modules");
    }

    /**
     * decisions G2: under current a job naming a module HEAD lacks (f142 here) fails its start with HEAD's 500 text,
     * the node's config quoted with its keys sorted as nlohmann::json dumps it, and the closing quote missing as in
     * HEAD's WriterRegistrar.cpp. (StrictModulesTest covers the other modules and the 2022 profile.)
     */
    @Test
    void aModuleHeadLacksFailsTheJobStartWithHeadsReply(Kafka kafka, @TempDir Path folder) {
        String structure = "{\"children\":[{\"type\":\"group\",\"name\":\"entry\",\"children\":[{\"type\":"
                + "\"group\",\"name\":\"log\",\"children\":[{\"module\":\"f142\",\"config\":{\"topic\":"
                + "\"local_choppers\",\"source\":\"s\",\"dtype\":\"double\"}}]}]}]}";
        try (WriterRig rig = WriterRig.create(kafka, "current", folder);
                TopicLog commands = TopicLog.fromEnd(kafka, rig.commands)) {
            rig.startWriter("modules_current");
            rig.awaitPoolListened(Duration.ofSeconds(60));
            RunStart start = rig.job(rig.commands).structure(structure).build();
            rig.sendJob(start);
            ActionResponse answer = commands.awaitAnswer("the start's answ", response -> true);
            assertThat(answer.statusCode()).as(rig.logs()).isEqualTo(500);
            assertThat(answer.outcome()).isEqualTo(ActionOutcome.FAILURE);
            assertThat(answer.message())
                    .isEqualTo("Failed to start filewriting job. The failure message was: Could not initialise stream"
                            + " at path \"/entry/log\" with configuration JSON \"{\"dtype\":\"double\",\"source\":"
                            + "\"s\",\"topic\":\"local_choppers\"}\". Error was: Error while getting module with"
                            + " name/id \"f142\" for source \"s\". Message was: Unable to find module with name/id"
                            + " \"f142");
        }
    }

    @Test
    void versionIsPrinted(@TempDir Path folder) {
        Outcome version = run(folder, "--version");
        assertThat(version.status()).isZero();
        assertThat(version.output()).startsWith("file_writer ").contains("reference");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "unknown option|--no-such-option|--no-such-option",
                "no topics|--brokers localhost:9092|--job-pool-topic",
                "bad duration|--status-master-interval 2 fortnights --brokers b:1 --job-pool-topic p "
                        + "--command-status-topic c|fortnights",
                "bad profile|--profile 2023 --brokers b:1 --job-pool-topic p --command-status-topic c|2023",
                "bad uri|--job-pool-uri localhost:9092 --command-status-uri localhost:9092/c|host[:port]/topic",
                "bad level|-v Loud --brokers b:1 --job-pool-topic p --command-status-topic c|Loud",
                "bad kafka setting|-X max.poll.records many --brokers b:1 --job-pool-topic p --command-status-topic"
                        + " c|many"
            })
    void badOptionsGiveOneLineAndStatusTwo(String name, String arguments, String named, @TempDir Path folder) {
        Outcome bad = run(folder, arguments.split(" "));
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.output().lines().toList()).as("output").hasSize(1);
        assertThat(bad.output()).startsWith("file_writer: ").contains(named);
    }

    @Test
    void anUnknownIniKeyNamesTheLine(@TempDir Path folder) throws IOException {
        Path ini = folder.resolve("writer.ini");
        Files.writeString(ini, "# comment\nbrokers=localhost:9092\nno-such-key=1\n");
        Outcome bad = run(folder, "-c", ini.toString());
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.output().lines().toList()).hasSize(1);
        assertThat(bad.output()).contains("line 3", "no-such-key");
    }

    @Test
    void iniValuesApplyAndTheCommandLineWins(Kafka kafka, @TempDir Path folder) throws IOException {
        try (WriterRig rig = WriterRig.create(kafka, "current", folder);
                TopicLog commands = TopicLog.fromEnd(kafka, rig.commands)) {
            Path ini = folder.resolve("writer.ini");
            Path logFile = folder.resolve("also-here.log");
            Files.writeString(
                    ini,
                    String.join(
                                    "\n",
                                    "brokers=" + kafka.bootstrapServers(),
                                    "job-pool-topic=" + rig.pool,
                                    "command-status-topic=\"" + rig.commands + "\"",
                                    "status-master-interval=1.5 s",
                                    "service-name=from_ini",
                                    "verbosity=\"Trace\"",
                                    "kafka-error-timeout=2s",
                                    "hdf-output-prefix=" + folder)
                            + "\n");
            WriterProcess writer = WriterProcess.start(
                    folder,
                    WriterRig.logFile(folder, "ini"),
                    List.of("-c", ini.toString(), "--service-name", "from_cli", "--log-file", logFile.toString()));
            try {
                Status status = commands.awaitStatus("a heartbeat", heartbeat -> true);
                assertThat(status.serviceId()).startsWith("from_cli-pid:");
                assertThat(status.updateInterval()).isEqualTo(Duration.ofMillis(1_500));
                assertThat(logFile).content().contains("Starting as from_cli-pid:");
            } finally {
                writer.close();
            }
        }
    }
}
