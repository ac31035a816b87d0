package selftests.writer.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import lib.fixtures.SelfTestKafka;
import lib.kafka.Kafka;
import lib.wire.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The writer's command line and ini file (protocol.md §7): help, version, one-line errors, ini values. */
@ExtendWith(SelfTestKafka.class)
class WriterCommandLineTest {
    private static final Duration EXIT_WAIT = Duration.ofSeconds(60);

    private record Outcome(int status, String output) {}

    private static Outcome run(Path folder, String... arguments) {
        WriterProcess writer = WriterProcess.start(folder, WriterRig.logFile("cli"), List.of(arguments));
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
                        "ns10");
    }

    /** protocol.md §7: the 2022 binary demands its required options, then lists; HEAD refuses the option. */
    @Test
    void listModulesAnswersAsEachProfilesBinary(@TempDir Path folder) {
        Outcome bare = run(folder, "--profile", "2022", "--list_modules");
        assertThat(bare.status()).isEqualTo(106);
        assertThat(bare.output()).contains("--command-status-uri is required");

        Outcome listing = run(
                folder,
                "--list_modules",
                "--profile",
                "2022",
                "--job-pool-uri",
                "localhost:1/x",
                "--command-status-uri",
                "localhost:1/y");
        assertThat(listing.status()).isZero();
        assertThat(listing.output())
                .contains("-- Known flatbuffer metadata extractors", "-- Known writer modules")
                .contains(
                        "---- f142 : f142", "---- f142 : f142_test", "---- ep00 : epics_con_status", "---- ev42 : ev42")
                .contains("---- f144 : f144", "---- ev44 : ev44");

        Outcome current = run(
                folder,
                "--list_modules",
                "--brokers",
                "localhost:1",
                "--job-pool-topic",
                "x",
                "--command-status-topic",
                "y");
        assertThat(current.status()).isEqualTo(109);
        assertThat(current.output()).contains("The following argument was not expected: --list_modules");
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
                    WriterRig.logFile("ini"),
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
