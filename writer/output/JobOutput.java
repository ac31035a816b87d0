package writer.output;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import writer.common.WriterVersion;
import writer.output.filter.SourceFilter;
import writer.output.hdf5.H5File;
import writer.output.hdf5.H5Group;
import writer.output.modules.DecodedMessage;
import writer.output.modules.MessageDecoder;
import writer.output.modules.ModuleFactory;
import writer.output.modules.ModuleInstance;
import writer.output.modules.SourceNames;
import writer.output.nexus.LinkWriter;
import writer.output.nexus.MdatWriter;
import writer.output.nexus.ModuleNode;
import writer.output.nexus.Structure;
import writer.output.nexus.StructureWriter;
import writer.profile.ProfileRules;

/** Everything one write job writes. Created when the job starts, closed when it ends. Not thread-safe: one thread. */
public final class JobOutput implements AutoCloseable {
    private static final Logger LOG = System.getLogger(JobOutput.class.getName());
    /** Start messages may carry structures of hundreds of MB (test E7): no limit on the length of one string. */
    private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                            .maxStringLength(Integer.MAX_VALUE)
                            .build())
                    .build())
            // A structure followed by more text is not JSON; both real writers refuse it.
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final Path path;
    private final H5File file;
    private final JobSettings settings;
    private final Structure structure;
    private final List<ModuleInstance> modules;
    private final Map<String, Route> routes;
    /** identifier -> source -> route: a message's route without building a key string per message. */
    private final Map<String, Map<String, Route>> routesByIdentifier = new HashMap<>();
    /** The same String per source name, so decoding and routing a message allocates and hashes no new name. */
    private final SourceNames sourceNames = new SourceNames();

    private Instant stopOrNull;
    private boolean closed;

    private JobOutput(Path path, H5File file, JobSettings settings, Structure structure, List<ModuleInstance> modules) {
        this.path = path;
        this.file = file;
        this.settings = settings;
        this.structure = structure;
        this.modules = modules;
        this.stopOrNull = settings.stopOrNull();
        this.routes = buildRoutes();
    }

    /**
     * Creates the HDF5 file at `path` (fails if it exists or its parent is missing), writes root attributes,
     * the static structure, and prepares every stream module (and companions). Errors in one group or static
     * dataset are logged and skipped.
     * @throws JobStartException whose message is the protocol's detail text (protocol.md §4.3)
     */
    public static JobOutput open(Path path, String fileNameAttribute, String nexusStructureJson, JobSettings settings)
            throws JobStartException {
        JsonNode root = parseStructure(nexusStructureJson);
        checkPath(path);
        H5File file;
        try {
            file = H5File.create(path);
        } catch (RuntimeException e) {
            throw new JobStartException(fileFailure(path, e.getMessage()), e);
        }
        try {
            writeRootAttributes(file.root(), fileNameAttribute, settings.rules());
            Structure structure = StructureWriter.write(file.root(), root, settings.rules());
            List<ModuleInstance> modules = createModules(structure, settings.rules());
            file.startSwmrWrite();
            return new JobOutput(path, file, settings, structure, modules);
        } catch (JobStartException | RuntimeException e) {
            closeAfterFailedStart(file, path);
            if (e instanceof JobStartException) {
                throw (JobStartException) e;
            }
            throw new JobStartException(fileFailure(path, e.getMessage()), e);
        }
    }

    private static JsonNode parseStructure(String json) throws JobStartException {
        try {
            JsonNode root = JSON.readTree(json == null ? "" : json);
            if (root == null || !root.isObject()) {
                throw new JobStartException("Could not parse NeXus structure JSON. The error was: "
                        + "the structure is not a JSON object'");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new JobStartException(
                    "Could not parse NeXus structure JSON. The error was: " + e.getOriginalMessage() + "'", e);
        }
    }

    private static void checkPath(Path path) throws JobStartException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw new JobStartException(fileFailure(path, "The parent directory does not exist."));
        }
        if (Files.exists(path)) {
            throw new JobStartException(fileFailure(
                    path,
                    "\"a file with that filename already exists in that "
                            + "directory. Delete the existing file or provide another filename\"."));
        }
    }

    private static String fileFailure(Path path, String detail) {
        return JobStartException.fileFailure(path.toString(), detail);
    }

    private static void writeRootAttributes(H5Group root, String fileName, ProfileRules rules) {
        root.setAttribute("HDF5_Version", H5File.libraryVersion());
        root.setAttribute("file_name", fileName);
        root.setAttribute("creator", "kafka-to-nexus commit " + rules.creatorVersion(WriterVersion.VERSION));
        root.setAttribute("file_time", MdatWriter.formatMillis(Instant.now()));
    }

    private static List<ModuleInstance> createModules(Structure structure, ProfileRules rules)
            throws JobStartException {
        List<ModuleInstance> created = new ArrayList<>();
        for (ModuleNode node : structure.modules()) {
            try {
                created.addAll(ModuleFactory.create(node, rules));
            } catch (RuntimeException e) {
                throw new JobStartException(
                        "Could not initialise stream at path \"" + node.group().path() + "\" with configuration JSON \""
                                + node.config() + "\". Error was: " + e.getMessage(),
                        e);
            }
        }
        return created;
    }

    /** A start that fails leaves no half-written file behind. */
    private static void closeAfterFailedStart(H5File file, Path path) {
        try {
            file.close();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Closing {0} after a failed start: {1}", path, e.getMessage());
        }
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Could not remove {0} after a failed start: {1}", path, e.getMessage());
        }
    }

    private Map<String, Route> buildRoutes() {
        Map<String, Route> built = new LinkedHashMap<>();
        for (ModuleInstance instance : modules) {
            Route route = built.computeIfAbsent(
                    routeKey(instance.module().identifier(), instance.source()), key -> new Route());
            routesByIdentifier
                    .computeIfAbsent(instance.module().identifier(), id -> new HashMap<>())
                    .put(instance.source(), route);
            route.modules.add(instance);
            route.topics.add(instance.topic());
        }
        for (Route route : built.values()) {
            boolean acceptsRepeats =
                    route.modules.stream().allMatch(m -> m.module().acceptsRepeatedTimes());
            route.filter = new SourceFilter(
                    settings.rules(),
                    acceptsRepeats,
                    settings.start(),
                    stopOrNull,
                    (message, buffered) -> writeToModules(route, message, buffered));
        }
        return built;
    }

    private static String routeKey(String identifier, String source) {
        return identifier + "\u0000" + source;
    }

    /** The (topic, source, module) of every stream, companions included. */
    public List<StreamSource> streams() {
        return modules.stream()
                .map(m -> new StreamSource(m.topic(), m.source(), m.moduleName()))
                .toList();
    }

    /**
     * Hands one Kafka record of a data topic to every filter/module that wants it. Never throws for bad
     * data: garbage, unknown identifiers and time 0 are logged and skipped.
     */
    public void accept(String topic, byte[] value, long kafkaTimestampMs) {
        accept(topic, value == null ? null : ByteBuffer.wrap(value), kafkaTimestampMs);
    }

    /**
     * As {@link #accept(String, byte[], long)}, for the record's value from the buffer's position to its limit
     * (left alone). The buffer may be a view of a whole Kafka fetch: a message the window filter may keep beyond
     * this call (one from before the start) is decoded again from a copy, so it does not hold on to the fetch.
     */
    public void accept(String topic, ByteBuffer value, long kafkaTimestampMs) {
        if (closed) {
            return;
        }
        if (value == null) {
            LOG.log(Level.DEBUG, "Skipped a record without a value on {0}", topic);
            return;
        }
        Optional<DecodedMessage> decoded;
        try {
            decoded = MessageDecoder.decode(value, sourceNames);
        } catch (IllegalArgumentException invalid) {
            LOG.log(Level.WARNING, "Skipped a message on {0}: {1}", topic, invalid.getMessage());
            return;
        }
        if (decoded.isEmpty()) {
            LOG.log(
                    Level.DEBUG,
                    "Message on {0} with identifier \"{1}\" is not a known data message; skipped",
                    topic,
                    MessageDecoder.identifier(value));
            return;
        }
        DecodedMessage message = decoded.get();
        if (message.timeNs() == 0) {
            LOG.log(
                    Level.DEBUG,
                    "{0} message from {1} on {2} has time 0; skipped",
                    message.identifier(),
                    message.source(),
                    topic);
            return;
        }
        Map<String, Route> bySource = routesByIdentifier.get(message.identifier());
        Route route = bySource == null ? null : bySource.get(message.source());
        if (route == null || !route.topics.contains(topic)) {
            return;
        }
        try {
            if (route.filter.mayKeep(message.timeNs())) {
                message = MessageDecoder.decode(ByteBuffer.wrap(MessageDecoder.copy(value)), sourceNames)
                        .orElseThrow();
            }
            route.filter.accept(message);
        } catch (RuntimeException e) {
            LOG.log(
                    Level.WARNING,
                    "{0} message from {1} on {2} not written: {3}",
                    message.identifier(),
                    message.source(),
                    topic,
                    e.toString());
        }
    }

    private void writeToModules(Route route, DecodedMessage message, boolean buffered) {
        for (ModuleInstance instance : route.modules) {
            try {
                instance.module().write(message, buffered);
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Module {0} in {1} could not write a message from {2}: {3}",
                        instance.moduleName(),
                        instance.groupPath(),
                        message.source(),
                        e.toString());
            }
        }
    }

    /** True once every filter reading `topic` has finished (saw a message past the stop, §6.2). */
    public boolean topicFinished(String topic) {
        boolean any = false;
        for (Route route : routes.values()) {
            if (route.topics.contains(topic)) {
                any = true;
                if (!route.filter.finished()) {
                    return false;
                }
            }
        }
        return any;
    }

    /** The job's stop time changed (set-stop-time); null = no stop time. */
    public void updateStopTime(Instant stop) {
        stopOrNull = stop;
        for (Route route : routes.values()) {
            route.filter.setStop(stop);
        }
    }

    /** Flushes written data to disk. */
    public void flush() {
        if (closed) {
            return;
        }
        try {
            file.flush();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Flushing {0} failed: {1}", path, e.getMessage());
        }
    }

    /** 2022 status "extra" values, e.g. "/entry/meta_data_1:minimum_value" -> 5.0, ":approx_file_size_mb" -> 1.2 */
    public Map<String, Object> statusExtra() {
        Map<String, Object> extra = new LinkedHashMap<>();
        for (ModuleInstance instance : modules) {
            instance.module().statusExtra().forEach((key, value) -> extra.put(instance.groupPath() + ":" + key, value));
        }
        if (!closed) {
            try {
                extra.put(":approx_file_size_mb", Math.round(file.sizeBytes() / 1e6 * 100) / 100.0);
            } catch (RuntimeException e) {
                LOG.log(Level.DEBUG, "File size of {0} unknown: {1}", path, e.getMessage());
            }
        }
        return extra;
    }

    /**
     * Ends the job: writes still-buffered messages, meta-data, mdat and links; closes the file (valid even
     * after an interruption) and makes it read-only (0444). Idempotent.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        runLogged("write buffered messages", () -> routes.values().forEach(route -> route.filter.close()));
        for (ModuleInstance instance : modules) {
            runLogged("finish " + instance.moduleName() + " in " + instance.groupPath(), () -> instance.module()
                    .finish());
        }
        for (ModuleNode mdat : structure.mdatNodes()) {
            runLogged(
                    "write mdat in " + mdat.group().path(), () -> MdatWriter.write(mdat, settings.start(), stopOrNull));
        }
        runLogged("make links", () -> LinkWriter.writeAll(file, structure.links()));
        runLogged("close " + path, file::close);
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("r--r--r--"));
        } catch (IOException | UnsupportedOperationException e) {
            LOG.log(Level.WARNING, "Could not make {0} read-only: {1}", path, e.getMessage());
        }
    }

    private static void runLogged(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(Level.ERROR, "Could not {0}: {1}", what, e.toString());
        }
    }
}
