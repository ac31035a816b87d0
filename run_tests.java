///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.kafka:kafka-clients:4.1.1
//DEPS org.apache.kafka:kafka_2.13:4.1.1
//DEPS org.slf4j:slf4j-simple:1.7.36
//DEPS org.junit.platform:junit-platform-console-standalone:1.14.1
//DEPS org.assertj:assertj-core:3.27.7
//DEPS org.awaitility:awaitility:4.3.0
//DEPS io.jhdf:jhdf:0.13.0
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS com.google.flatbuffers:flatbuffers-java:25.2.10
//DEPS com.github.docker-java:docker-java-core:3.7.1
//DEPS com.github.docker-java:docker-java-transport-httpclient5:3.7.1
// -nowarn: docker-java's classes carry an annotation (org.immutables) that is not on the classpath, and javac
// would warn about it at every build of this script. -XDignore.symbol.file: the runner takes SIGINT and SIGTERM
// through sun.misc.Signal (to name the signal in its closing line), which javac would warn about likewise.
//COMPILE_OPTIONS -nowarn -XDignore.symbol.file
//SOURCES lib/**/*.java
//FILES META-INF/services/org.junit.platform.launcher.TestExecutionListener=lib/runner/services/org.junit.platform.launcher.TestExecutionListener
//FILES META-INF/services/org.junit.platform.launcher.PostDiscoveryFilter=lib/runner/services/org.junit.platform.launcher.PostDiscoveryFilter
//FILES META-INF/services/org.junit.jupiter.api.extension.Extension=lib/runner/services/org.junit.jupiter.api.extension.Extension

import java.util.concurrent.Callable;
import lib.cli.Scripts;
import lib.cli.UsageException;
import lib.runner.RunOptions;
import lib.runner.Runner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Runs the file-writer system tests (or, with --self-test, the project's own tests). */
@Command(
        name = "run_tests.java",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        version = "file-writer system tests",
        description = {
            "Starts Kafka and the writers, runs the system tests in tests/ and tears everything down.",
            "Every run leaves a folder logs/<start time>/ (logs/latest points at the newest)."
        },
        footer = {
            "",
            "Examples:",
            "  ./jbang run_tests.java",
            "  ./jbang run_tests.java --self-test",
            "  ./jbang run_tests.java -k 'start and not stop'",
            "  ./jbang run_tests.java --profile 2022 --list",
            "  ./jbang run_tests.java --kafka localhost:9092 --no-writer --writers 1",
            "  ./jbang run_tests.java --local-build ../kafka-to-nexus/build --wait-to-attach-debugger",
            "  ./jbang run_tests.java -- --details=tree --include-tag slow"
        })
public class run_tests implements Callable<Integer> {
    @Mixin
    RunOptions options;

    @Spec
    CommandSpec spec;

    public static void main(String... args) {
        System.exit(Scripts.execute(new run_tests(), args));
    }

    @Override
    public Integer call() {
        if (!options.consoleOptions().isEmpty()
                && !spec.commandLine().getParseResult().expandedArgs().contains("--")) {
            throw new UsageException(
                    "unexpected argument '" + options.consoleOptions().get(0)
                            + "'; JUnit console options go after --, as in: ./jbang run_tests.java -- --details=tree");
        }
        return Runner.run(options);
    }
}
