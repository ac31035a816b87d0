package lib.nexus;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Link;
import io.jhdf.api.Node;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * A NeXus file opened read-only with jhdf. Paths are relative to the root ("entry/x") or absolute
 * ("/entry/x"); a soft link at the end of a path is followed (hard links need nothing).
 */
public final class NexusFile implements AutoCloseable {
    /** How long {@link #open(Path)} waits: the writer may not have created or closed the file yet. */
    public static final Duration OPEN_DEADLINE = Duration.ofSeconds(10);

    private final Path path;
    private final HdfFile hdf;

    private NexusFile(Path path, HdfFile hdf) {
        this.path = path;
        this.hdf = hdf;
    }

    /**
     * Opens the file read-only once it exists and its writer has closed it (its superblock says so; a writer sends
     * the wrdn before it closes the file), waiting for up to 10 s.
     */
    public static NexusFile open(Path path) {
        return open(path, OPEN_DEADLINE);
    }

    /** Opens the file read-only once it exists and its writer has closed it, waiting for up to {@code deadline}. */
    public static NexusFile open(Path path, Duration deadline) {
        return new NexusFile(path, FileOpener.openWithRetries(path, deadline));
    }

    public Path path() {
        return path;
    }

    /** The node at {@code path}, a trailing soft link followed; empty if there is none. */
    public Optional<Node> node(String nodePath) {
        try {
            Node node = hdf.getByPath(normalise(nodePath));
            if (node instanceof Link) {
                node = ((Link) node).getTarget();
            }
            return Optional.of(node);
        } catch (RuntimeException e) {
            // jhdf throws for missing paths (HdfInvalidPathException) and broken links alike
            return Optional.empty();
        }
    }

    /** The dataset at {@code path}, or empty if the path is missing or not a dataset. */
    public Optional<Dataset> dataset(String nodePath) {
        return node(nodePath).filter(Dataset.class::isInstance).map(Dataset.class::cast);
    }

    /** The file's tree: every node's path, type, shape, first values and attributes. */
    public String tree() {
        return NexusTree.describe(hdf);
    }

    /** The underlying jhdf file, for checks this API does not offer. */
    public HdfFile hdf() {
        return hdf;
    }

    static String normalise(String nodePath) {
        String trimmed = nodePath.startsWith("/") ? nodePath.substring(1) : nodePath;
        return trimmed.isEmpty() ? "/" : trimmed;
    }

    @Override
    public void close() {
        hdf.close();
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
