package lib.writers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lib.cache.CacheFolder;
import lib.cache.ContentHash;

/**
 * How to start the reference writer without the JBang launcher (which costs each writer 1.3-1.9 s): the JVM, its
 * options and the resolved classpath of {@code file_writer.java}, asked of JBang once and kept in the user's cache
 * under a hash of {@code file_writer.java}, the folders its {@code //SOURCES} lines name and the {@code jbang} script.
 * An edit of the writer gives another hash, so JBang builds it again; a cached launch whose files are gone (JBang's
 * cache was cleared) is resolved again too.
 *
 * @param java the {@code java} binary JBang chose
 * @param options the script's {@code //JAVA_OPTIONS}
 * @param classpath the writer's jar and its dependencies
 */
public record ReferenceWriterLaunch(String java, List<String> options, List<String> classpath) {
    static final String SCRIPT = "file_writer.java";
    private static final Pattern SOURCES = Pattern.compile("^//(?:SOURCES|FILES)\\s+(.+)$", Pattern.MULTILINE);
    private static final int KEPT = 8;
    private static final Map<String, ReferenceWriterLaunch> RESOLVED = new ConcurrentHashMap<>();

    public ReferenceWriterLaunch {
        options = List.copyOf(options);
        classpath = List.copyOf(classpath);
    }

    /**
     * The launch of the writer as the repository's sources are now: from the cache, else built and resolved through
     * {@code ./jbang} (its output appended to {@code buildLog}).
     */
    public static ReferenceWriterLaunch resolve(Path repo, Path buildLog) {
        String key = key(repo);
        return RESOLVED.computeIfAbsent(key, k -> cachedOrResolved(repo, k, buildLog));
    }

    /** The command that starts {@code mainClass} with {@code arguments} on the writer's classpath. */
    public List<String> command(String mainClass, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(options);
        command.add("-classpath");
        command.add(String.join(File.pathSeparator, classpath));
        command.add(mainClass);
        command.addAll(arguments);
        return command;
    }

    /** The content hash naming the cache entry: the script, what its //SOURCES and //FILES cover, the launcher. */
    public static String key(Path repo) {
        Path script = repo.resolve(SCRIPT);
        String text;
        try {
            text = Files.readString(script);
        } catch (IOException e) {
            throw new WriterStartException("cannot read " + script + ": " + e.getMessage());
        }
        ContentHash hash = ContentHash.start().text(repo.toAbsolutePath().toString());
        hash.files(repo, List.of(script, repo.resolve("jbang")));
        Matcher sources = SOURCES.matcher(text);
        while (sources.find()) {
            for (String pattern : sources.group(1).trim().split("\\s+")) {
                hash.files(repo, repo.resolve(folderOfGlob(pattern.substring(pattern.indexOf('=') + 1))));
            }
        }
        return hash.hex();
    }

    /** {@code writer/**}{@code /*.java} → {@code writer}: hashing the whole folder covers any file the glob may add. */
    static String folderOfGlob(String pattern) {
        int wildcard = pattern.replaceAll("[*?\\[{].*$", "").length();
        if (wildcard == pattern.length()) {
            return pattern;
        }
        int slash = pattern.lastIndexOf('/', wildcard);
        return slash < 0 ? "." : pattern.substring(0, slash);
    }

    private static ReferenceWriterLaunch cachedOrResolved(Path repo, String key, Path buildLog) {
        Path entry;
        try {
            entry = CacheFolder.of("reference-writer").resolve(key + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create the cache folder of the reference writer's launch", e);
        }
        ReferenceWriterLaunch cached = read(entry);
        if (cached != null && cached.filesExist()) {
            CacheFolder.touch(entry);
            return cached;
        }
        ReferenceWriterLaunch resolved = fromJBang(repo, buildLog);
        write(entry, resolved);
        CacheFolder.keepNewest(entry.getParent(), ".json", KEPT);
        return resolved;
    }

    private boolean filesExist() {
        return Files.isExecutable(Path.of(java))
                && classpath.stream().allMatch(element -> Files.exists(Path.of(element)));
    }

    /** Builds the writer with {@code ./jbang build}, then reads its launch from {@code ./jbang info tools}. */
    private static ReferenceWriterLaunch fromJBang(Path repo, Path buildLog) {
        ReferenceWriterBuild.run(repo, List.of("build", SCRIPT), buildLog);
        String json = ReferenceWriterBuild.run(repo, List.of("info", "tools", SCRIPT), buildLog);
        try {
            JsonNode info = new ObjectMapper().readTree(json.substring(Math.max(0, json.indexOf('{'))));
            List<String> classpath =
                    new ArrayList<>(List.of(info.path("applicationJar").asText()));
            info.path("resolvedDependencies").forEach(dependency -> classpath.add(dependency.asText()));
            List<String> options = new ArrayList<>();
            info.path("runtimeOptions").forEach(option -> options.add(option.asText()));
            String jdk = info.path("availableJdkPath").asText("");
            String java = jdk.isEmpty()
                    ? Path.of(System.getProperty("java.home"), "bin", "java").toString()
                    : Path.of(jdk, "bin", "java").toString();
            return new ReferenceWriterLaunch(java, options, classpath);
        } catch (IOException | RuntimeException e) {
            throw new WriterStartException("./jbang info tools " + SCRIPT + " gave no launch the harness can read ("
                    + e.getMessage() + "); see " + buildLog);
        }
    }

    private static ReferenceWriterLaunch read(Path entry) {
        if (!Files.isRegularFile(entry)) {
            return null;
        }
        try {
            return new ObjectMapper().readValue(entry.toFile(), ReferenceWriterLaunch.class);
        } catch (IOException e) {
            return null;
        }
    }

    private static void write(Path entry, ReferenceWriterLaunch launch) {
        Path fresh = entry.resolveSibling(
                entry.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            new ObjectMapper().writeValue(fresh.toFile(), launch);
            Files.move(fresh, entry, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            // The next run resolves it again.
        }
    }
}
