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
//JAVA_OPTIONS -Xmx1g -Djava.util.logging.manager=writer.cli.RetainingLogManager
//SOURCES writer/**/*.java
//SOURCES lib/wire/**.java

import writer.cli.FileWriterCommand;

/** Entry point of the reference file writer: a Java service speaking kafka-to-nexus's protocol. */
public class file_writer {
    public static void main(String... args) {
        System.exit(FileWriterCommand.run(args));
    }
}
