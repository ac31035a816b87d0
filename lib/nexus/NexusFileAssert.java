package lib.nexus;

import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;

/** Checks on a whole file; a missing node fails with the file's tree, so the message shows what is there. */
public final class NexusFileAssert extends AbstractAssert<NexusFileAssert, NexusFile> {

    NexusFileAssert(NexusFile file) {
        super(file, NexusFileAssert.class);
    }

    public DatasetAssert dataset(String path) {
        return new DatasetAssert(requireDataset(path));
    }

    /** A long 1-D integer dataset (events, times), checked without boxing its elements. */
    public ColumnAssert column(String path) {
        return new ColumnAssert(requireDataset(path));
    }

    public GroupAssert group(String path) {
        isNotNull();
        Node node = requireNode(path);
        if (!(node instanceof Group group)) {
            throw failure(
                    "Expected %s to be a group in %s but it is a %s; the file holds:%n%s",
                    path, actual.path(), node.getType(), actual.tree());
        }
        return new GroupAssert(group);
    }

    public NexusFileAssert hasDataset(String path) {
        dataset(path);
        return myself;
    }

    public NexusFileAssert hasGroup(String path) {
        group(path);
        return myself;
    }

    /** Nothing (no group, dataset or link) exists at {@code path}. */
    public NexusFileAssert hasNoNode(String path) {
        isNotNull();
        Optional<Node> node = actual.node(path);
        if (node.isPresent()) {
            throw failure(
                    "Expected nothing at %s in %s but there is a %s; the file holds:%n%s",
                    path, actual.path(), node.get().getType(), actual.tree());
        }
        return myself;
    }

    /** {@code linkPath} is a hard link to {@code targetPath}: both name the same object. */
    public NexusFileAssert hasHardLink(String linkPath, String targetPath) {
        isNotNull();
        Node link = requireNode(linkPath);
        Node target = requireNode(targetPath);
        if (link.getAddress() != target.getAddress()) {
            throw failure(
                    "Expected %s to be a link to %s in %s but they are different objects; the file holds:%n%s",
                    linkPath, targetPath, actual.path(), actual.tree());
        }
        return myself;
    }

    private Dataset requireDataset(String path) {
        isNotNull();
        Node node = requireNode(path);
        if (!(node instanceof Dataset dataset)) {
            throw failure(
                    "Expected %s to be a dataset in %s but it is a %s; the file holds:%n%s",
                    path, actual.path(), node.getType(), actual.tree());
        }
        return dataset;
    }

    private Node requireNode(String path) {
        return actual.node(path)
                .orElseThrow(() -> failure(
                        "Expected %s to exist in %s but it does not; the file" + " holds:%n%s",
                        path, actual.path(), actual.tree()));
    }
}
