package selftests.images;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.async.ResultCallback;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Container;
import com.github.dockerjava.api.model.Frame;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Image;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import lib.images.DockerEngine;
import lib.images.Labels;

/** Docker chores of the image self-tests: running an image, tagging, and removing what a test made. */
final class TestImages {
    /** Images and build containers of the self-tests are named with this prefix. */
    static final String PREFIX = "fw-system-tests/selftest-";

    private TestImages() {}

    /** What a container printed and how it ended. */
    record Run(int exitCode, String output) {}

    /** Runs {@code image} with {@code arguments} (no network) to its end, then removes the container. */
    static Run run(DockerEngine docker, String image, String... arguments) {
        return run(docker, image, "none", List.of(), arguments);
    }

    static Run run(DockerEngine docker, String image, String network, List<Bind> binds, String... arguments) {
        DockerClient client = docker.client();
        String id = client.createContainerCmd(image)
                .withCmd(arguments)
                .withLabels(Map.of(Labels.PROJECT, "true", Labels.ROLE, "selftest"))
                .withHostConfig(
                        HostConfig.newHostConfig().withNetworkMode(network).withBinds(binds))
                .exec()
                .getId();
        try {
            client.startContainerCmd(id).exec();
            Integer exitCode = client.waitContainerCmd(id).start().awaitStatusCode(120, TimeUnit.SECONDS);
            return new Run(exitCode, logs(docker, id));
        } finally {
            docker.removeContainer(id);
        }
    }

    /** Everything a container printed so far (stdout and stderr). */
    static String logs(DockerEngine docker, String container) {
        StringBuilder text = new StringBuilder();
        try {
            docker.client()
                    .logContainerCmd(container)
                    .withStdOut(true)
                    .withStdErr(true)
                    .exec(new ResultCallback.Adapter<Frame>() {
                        @Override
                        public void onNext(Frame frame) {
                            text.append(new String(frame.getPayload(), StandardCharsets.UTF_8));
                        }
                    })
                    .awaitCompletion(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return text.toString();
    }

    /** Tags {@code image} as {@code target} ({@code NAME:TAG}). */
    static void tag(DockerEngine docker, String image, String target) {
        int colon = target.lastIndexOf(':');
        docker.client()
                .tagImageCmd(image, target.substring(0, colon), target.substring(colon + 1))
                .withForce()
                .exec();
    }

    /** An image made from {@code base} with one more file, tagged {@code target}: a changed base image. */
    static String changedCopy(DockerEngine docker, String base, String target) {
        DockerClient client = docker.client();
        String id = client.createContainerCmd(base)
                .withEntrypoint("sh", "-c", "echo changed > /base-changed")
                .withHostConfig(HostConfig.newHostConfig().withNetworkMode("none"))
                .exec()
                .getId();
        try {
            client.startContainerCmd(id).exec();
            client.waitContainerCmd(id).start().awaitStatusCode(60, TimeUnit.SECONDS);
            int colon = target.lastIndexOf(':');
            return client.commitCmd(id)
                    .withRepository(target.substring(0, colon))
                    .withTag(target.substring(colon + 1))
                    .exec();
        } finally {
            docker.removeContainer(id);
        }
    }

    /** Removes the self-tests' build containers and images, also those a killed run left. */
    static void removeLeftovers(DockerEngine docker) {
        DockerClient client = docker.client();
        for (Container container : client.listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(List.of(Labels.IMAGE))
                .exec()) {
            String image = container.getLabels().getOrDefault(Labels.IMAGE, "");
            if (image.startsWith(PREFIX)) {
                docker.removeContainer(container.getId());
            }
        }
        List<String> tags = new ArrayList<>();
        for (Image image : client.listImagesCmd().exec()) {
            if (image.getRepoTags() == null) {
                continue;
            }
            for (String tag : image.getRepoTags()) {
                if (tag.startsWith(PREFIX)) {
                    tags.add(tag);
                }
            }
        }
        tags.forEach(docker::removeImage);
    }
}
