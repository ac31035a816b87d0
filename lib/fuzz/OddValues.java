package lib.fuzz;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

/**
 * Odd values of the fields whose text has rules: file names (paths that climb out of the output folder, absolute
 * paths, folders that do not exist), job and command ids near the UUID rule, topic names near Kafka's rules, brokers
 * near host[:port]. Escaping names carry {@code fuzz-escape}, so a file that lands outside the output folder is
 * easy to spot.
 */
final class OddValues {
    static final String ESCAPE_MARK = "fuzz-escape";

    private OddValues() {}

    static String fileName(String tag, Random random) {
        List<String> names = List.of(
                "../" + ESCAPE_MARK + "-" + tag + ".nxs",
                "sub/../../" + ESCAPE_MARK + "-" + tag + ".nxs",
                "../../" + ESCAPE_MARK + "-" + tag + ".nxs",
                "/tmp/" + ESCAPE_MARK + "-" + tag + ".nxs",
                "//" + ESCAPE_MARK + "-" + tag + ".nxs",
                "no-such-folder-" + tag + "/x.nxs",
                ".",
                "..",
                "/",
                tag + ".nxs/",
                "-" + tag + ".nxs",
                tag + ".nxs\u0000.txt",
                tag + " with spaces.nxs",
                tag + "\\back\\slashes.nxs");
        return names.get(random.nextInt(names.size()));
    }

    /** Ids just inside and just outside the UUID rule of protocol.md §0. */
    static String uuid(String valid, Random random) {
        List<String> ids = List.of(
                valid.toUpperCase(Locale.ROOT),
                "00000000-0000-0000-0000-000000000000",
                valid.substring(0, 14) + "0" + valid.substring(15),
                valid.substring(0, 14) + "7" + valid.substring(15),
                valid.substring(0, 19) + "c" + valid.substring(20),
                "{" + valid + "}",
                "urn:uuid:" + valid,
                valid + "\n",
                " " + valid,
                valid.replace("-", ""),
                valid.substring(0, 35),
                valid + "0",
                new UUID(random.nextLong(), random.nextLong()).toString());
        return ids.get(random.nextInt(ids.size()));
    }

    static String topic(String defaultCommandTopic, String tag, Random random) {
        List<String> topics = List.of(
                defaultCommandTopic,
                "fuzz_writer_no_such_topic_" + tag,
                "fuzz writer spaces",
                ".",
                "..",
                "fuzz/slash",
                "x".repeat(250));
        return topics.get(random.nextInt(topics.size()));
    }

    static String broker(Random random) {
        List<String> brokers =
                List.of("localhost", "localhost:99999", ":", ":9092", "a:b", "host:9092:1", "host:9092/path", "a b:1");
        return brokers.get(random.nextInt(brokers.size()));
    }
}
