///usr/bin/env jbang "$0" "$@" ; exit $?
//JAVA 17+
//DEPS info.picocli:picocli:4.7.7
//DEPS org.apache.kafka:kafka-clients:4.1.1
//DEPS org.slf4j:slf4j-nop:1.7.36
//DEPS com.google.flatbuffers:flatbuffers-java:25.2.10
//DEPS com.fasterxml.jackson.core:jackson-databind:2.18.2
//DEPS org.bytedeco:hdf5:1.14.3-1.5.10
//DEPS org.bytedeco:hdf5:1.14.3-1.5.10:linux-x86_64
//DEPS org.bytedeco:javacpp:1.5.10
//DEPS org.bytedeco:javacpp:1.5.10:linux-x86_64
// A bounded heap (the suite's 64 MiB start message needs more than 384 MB); --java-options -Xmx... raises it.
// A fixed young generation and 16 MB regions keep the 4 MiB fetch buffers ordinary short-lived objects: as G1
// "humongous" objects (half a region or more) they piled up in the old generation until a marking cycle, so the
// heap of a long job grew far past that of a short one. See benchmarks/README.md.
//JAVA_OPTIONS -Xms256m -Xmx1g -Xmn64m -XX:SurvivorRatio=2 -XX:MaxTenuringThreshold=2 -XX:G1HeapRegionSize=16m -Djava.util.logging.manager=writer.cli.RetainingLogManager
//SOURCES writer/**/*.java
//SOURCES lib/wire/**.java
//SOURCES lib/kafka/FileTrees.java

import writer.cli.FileWriterCommand;

/** Entry point of the reference file writer: a Java service speaking kafka-to-nexus's protocol. */
public class file_writer {
    public static void main(String... args) {
        System.exit(FileWriterCommand.run(args));
    }
}
