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
// The same dependencies and sources as run_tests.java: the fuzzer starts Kafka and the writers as the runner does.
//COMPILE_OPTIONS -nowarn
//SOURCES lib/**/*.java

import java.util.concurrent.Callable;
import lib.cli.Scripts;
import lib.fuzz.FuzzOptions;
import lib.fuzz.FuzzRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Puts a writer through malformed input on its job-pool, command and data topics (issue 20, "Reliability"). */
@Command(
        name = "fuzz_writer.java",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        usageHelpAutoWidth = true,
        version = "file-writer system tests: fuzzer",
        description = {
            "Starts Kafka and the writers as run_tests.java does, then sends them batches of mutated messages: valid"
                    + " ones built with lib/wire with one field left out or set to an extreme, wrong-shape JSON,"
                    + " duplicated and reordered commands, and byte-level damage (bit flips, truncation, identifiers,"
                    + " oversized lengths and offsets).",
            "After every batch each writer must be alive, publish status, take a valid job and write a file that"
                    + " opens, every input must have got the answer protocol.md promises, and no file may appear"
                    + " outside the output folder. A writer that dies or hangs is reported with the inputs that do it,"
                    + " saved as a case for --replay, and restarted.",
            "Run folders: logs/fuzz/<start time>/ (cases/, findings.txt, summary.txt, the writers' logs)."
        },
        footer = {
            "",
            "Examples:",
            "  ./jbang fuzz_writer.java --short",
            "  ./jbang fuzz_writer.java --duration 30m --seed 42",
            "  ./jbang fuzz_writer.java --count 100000 --topics data,command",
            "  ./jbang fuzz_writer.java --local-build ../kafka-to-nexus/build --duration 1h",
            "  ./jbang fuzz_writer.java --replay logs/fuzz/latest/cases/1-crash-command.json"
        })
public class fuzz_writer implements Callable<Integer> {
    @Mixin
    FuzzOptions options;

    public static void main(String... args) {
        System.exit(Scripts.execute(new fuzz_writer(), args));
    }

    @Override
    public Integer call() {
        return FuzzRun.run(options);
    }
}
