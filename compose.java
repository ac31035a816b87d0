///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS com.github.docker-java:docker-java-core:3.7.1
//DEPS com.github.docker-java:docker-java-transport-httpclient5:3.7.1
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS org.apache.kafka:kafka-clients:4.1.1
//DEPS org.apache.kafka:kafka_2.13:4.1.1
//DEPS org.awaitility:awaitility:4.3.0
// Kafka logs through slf4j 1.7; pinned, since a dependency would bring the 2.x API, which ignores this binding.
//DEPS org.slf4j:slf4j-api:1.7.36
//DEPS org.slf4j:slf4j-nop:1.7.36
//SOURCES lib/compose/**.java
//SOURCES lib/kafka/**.java
//SOURCES lib/cache/**.java
//SOURCES lib/images/**.java
//SOURCES lib/logs/**.java
//SOURCES lib/waits/**.java
//SOURCES lib/cli/**.java
//SOURCES lib/containers/RunOwner.java
//SOURCES lib/wire/Profile.java
// -nowarn: docker-java's classes carry an annotation (org.immutables) that is not on the classpath, and javac
// would warn about it at every build of this script.
//COMPILE_OPTIONS -nowarn

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import lib.cli.RepoRoot;
import lib.cli.Scripts;
import lib.cli.Verbosity;
import lib.compose.ComposeSettings;
import lib.compose.ComposeTool;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Keeps a Kafka (and, if asked, two writers) from compose/ running between test runs. */
@Command(
        name = "compose.java",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        version = "file-writer system tests: compose",
        description = {
            "Runs compose/kafka.yml (a single-node KRaft Kafka on the host's network) and, with --with-writers,"
                    + " compose/writers.yml (two writers), with 'docker compose' (v2) or else 'docker-compose' (1.x).",
            "A broker kept up serves ./jbang run_tests.java --kafka HOST:PORT. Logs: logs/compose/<project>/."
                    + " More: compose/README.md."
        },
        subcommands = {compose.Up.class, compose.Down.class, compose.Status.class, compose.Logs.class},
        footer = {
            "",
            "Examples:",
            "  ./jbang compose.java up --kafka-image fw-system-tests/kafka:latest",
            "  ./jbang compose.java up --port 19092 --with-writers",
            "  ./jbang compose.java status",
            "  ./jbang compose.java logs --tail 50 kafka",
            "  ./jbang compose.java down"
        })
public class compose implements Callable<Integer> {

    /** Options every subcommand has. */
    static class Common {
        @Option(
                names = "--project",
                paramLabel = "NAME",
                defaultValue = ComposeSettings.DEFAULT_PROJECT,
                description = "The compose project (default ${DEFAULT-VALUE}); several can run side by side.")
        String project;

        @Mixin
        Verbosity verbosity;

        ComposeTool tool() {
            return new ComposeTool(repoRoot(), project, verbosity.verbose(), System.out);
        }
    }

    @Command(
            name = "up",
            mixinStandardHelpOptions = true,
            sortOptions = false,
            description = "Starts Kafka and returns once it answers a probe round trip; prints its address.")
    static class Up implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(
                names = "--port",
                paramLabel = "PORT",
                defaultValue = "" + ComposeSettings.DEFAULT_PORT,
                description = "The broker's port on 127.0.0.1 (default ${DEFAULT-VALUE}).")
        int port;

        @Option(
                names = "--controller-port",
                paramLabel = "PORT",
                description = "The KRaft controller's port (default: --port + 1).")
        Integer controllerPort;

        @Option(
                names = "--kafka-image",
                paramLabel = "IMAGE",
                description = "The Kafka image (default: $KAFKA_IMAGE, else " + ComposeSettings.OFFICIAL_IMAGE
                        + "; ./jbang build_image.java --recipe kafka makes fw-system-tests/kafka:latest).")
        String kafkaImage;

        @Option(
                names = "--timeout",
                paramLabel = "SECONDS",
                defaultValue = "60",
                description = "How long Kafka has to answer (default ${DEFAULT-VALUE}).")
        long timeoutSeconds;

        @Option(names = "--with-writers", description = "Also start the two writers of compose/writers.yml.")
        boolean withWriters;

        @Option(
                names = "--writer-image",
                paramLabel = "IMAGE",
                description = "With --with-writers: the writers' image (default: $WRITER_IMAGE, else "
                        + ComposeTool.REFERENCE_WRITER_IMAGE + ").")
        String writerImage;

        @Option(
                names = "--output",
                paramLabel = "DIR",
                description = "With --with-writers: the writers' output folder (default:"
                        + " logs/compose/<project>/output-files); they run as its owner.")
        Path output;

        @Override
        public Integer call() {
            ComposeTool tool = common.tool();
            ComposeSettings settings = tool.settings(
                    port,
                    controllerPort != null ? controllerPort : port + 1,
                    kafkaImage != null ? kafkaImage : ComposeSettings.defaultImage(),
                    Duration.ofSeconds(timeoutSeconds));
            String writers = !withWriters ? null : writerImage != null ? writerImage : ComposeTool.defaultWriterImage();
            tool.up(settings, writers, output);
            return 0;
        }
    }

    @Command(
            name = "down",
            mixinStandardHelpOptions = true,
            description = "Saves the containers' logs, then removes the project's containers and networks.")
    static class Down implements Callable<Integer> {
        @Mixin
        Common common;

        @Override
        public Integer call() {
            common.tool().down();
            return 0;
        }
    }

    @Command(
            name = "status",
            mixinStandardHelpOptions = true,
            description = "Lists the project's containers and probes Kafka. Exit code 0: Kafka answers; "
                    + ComposeTool.NOT_RUNNING + ": not running; 1: containers but no answer.")
    static class Status implements Callable<Integer> {
        @Mixin
        Common common;

        @Override
        public Integer call() {
            return common.tool().status();
        }
    }

    @Command(
            name = "logs",
            mixinStandardHelpOptions = true,
            description = "Prints the logs of the project's containers (compose logs).")
    static class Logs implements Callable<Integer> {
        @Mixin
        Common common;

        @Option(
                names = {"-f", "--follow"},
                description = "Keep printing new lines.")
        boolean follow;

        @Option(names = "--tail", paramLabel = "N", description = "Only the last N lines of each container.")
        Integer tail;

        @Parameters(
                paramLabel = "SERVICE",
                arity = "0..*",
                description = "kafka, topics, writer1, writer2 (default: all).")
        List<String> services = new ArrayList<>();

        @Override
        public Integer call() {
            return common.tool().logs(follow, tail, services);
        }
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 2;
    }

    public static void main(String... args) {
        System.exit(Scripts.execute(new compose(), args));
    }

    static Path repoRoot() {
        return RepoRoot.of("compose.java");
    }
}
