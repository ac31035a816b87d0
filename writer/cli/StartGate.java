package writer.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import lib.wire.Profile;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import picocli.CommandLine;
import writer.output.WarmUp;
import writer.profile.ProfileRules;

/**
 * A second entry point of the reference writer, for the harness's edit-run loop: it warms the JVM up (picocli, the
 * Kafka client, the HDF5 library and the output path) while the run's broker is still starting, then reads the
 * writer's arguments from its stdin, one JSON array on one line, and runs exactly as {@code file_writer.java} would
 * with them. The writer's behaviour is unchanged; only its start-up work is done earlier. End of input before that
 * line means the run ended first: it exits with status 0.
 *
 * <p>Started as {@code java ... writer.cli.StartGate [--profile P]} (the profile picks the warm-up's rules).
 */
public final class StartGate {
    private StartGate() {}

    public static void main(String[] gateArgs) throws IOException {
        Profile profile =
                gateArgs.length == 2 && gateArgs[0].equals("--profile") ? Profile.parse(gateArgs[1]) : Profile.CURRENT;
        warmUp(profile);
        String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        if (line == null) {
            System.exit(0);
        }
        String[] args = new ObjectMapper().readValue(line, String[].class);
        System.exit(FileWriterCommand.run(args));
    }

    /** Loads and initialises what every start needs; nothing here connects anywhere or stays running. */
    private static void warmUp(Profile profile) {
        new CommandLine(new FileWriterCommand());
        Map<String, Object> settings = Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:9",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        new KafkaConsumer<byte[], byte[]>(settings).close();
        WarmUp.run(ProfileRules.of(profile));
    }
}
