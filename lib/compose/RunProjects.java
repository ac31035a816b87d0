package lib.compose;

import com.github.dockerjava.api.DockerClient;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import lib.containers.RunOwner;
import lib.images.DockerEngine;

/**
 * The compose projects of {@code run_tests.java --kafka compose}: one per run, named after the harness process that
 * owns it ({@code fwst-run-<pid>-<start ms>}), so a later run can tell a killed run's project from one going on
 * beside it, and remove the first (decisions F).
 */
public final class RunProjects {
    private static final String PREFIX = "fwst-run-";
    private static final Pattern NAME = Pattern.compile(Pattern.quote(PREFIX) + "(\\d+)-(\\d+)");

    private RunProjects() {}

    /** The project name of a run owned by {@code owner}. */
    public static String nameFor(RunOwner owner) {
        return PREFIX + owner.pid() + "-" + owner.started().toEpochMilli();
    }

    /** Removes the containers and networks of run projects whose owner is gone; returns the projects removed. */
    public static List<String> sweepLeftovers() {
        try (DockerEngine engine = ComposeKafka.connect()) {
            DockerClient docker = engine.client();
            List<String> leftovers = projects(docker).stream()
                    .filter(project ->
                            owner(project).map(owner -> !owner.alive()).orElse(false))
                    .toList();
            leftovers.forEach(project -> new ProjectContainers(docker, project).removeAll());
            return leftovers;
        }
    }

    private static TreeSet<String> projects(DockerClient docker) {
        TreeSet<String> projects = new TreeSet<>();
        docker
                .listContainersCmd()
                .withShowAll(true)
                .withLabelFilter(List.of(ComposeFiles.PROJECT_LABEL))
                .exec()
                .stream()
                .map(container -> container.getLabels().get(ComposeFiles.PROJECT_LABEL))
                .filter(Objects::nonNull)
                .filter(project -> project.startsWith(PREFIX))
                .forEach(projects::add);
        return projects;
    }

    private static Optional<RunOwner> owner(String project) {
        Matcher matcher = NAME.matcher(project);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(
                new RunOwner(Long.parseLong(matcher.group(1)), Instant.ofEpochMilli(Long.parseLong(matcher.group(2)))));
    }
}
