package lib.images;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** One build that follows a {@link BuildPlan}: runs the steps it names in the build container and commits. */
final class BuildRun {
    /** Passed to every step when set (as the original create_filewriter_image.py did), besides the recipe's. */
    static final List<String> PASSED_ENVIRONMENT = List.of(
            "http_proxy", "https_proxy", "no_proxy", "HTTP_PROXY", "HTTPS_PROXY", "NO_PROXY", "local_conan_server");

    /** Where Debian keeps locally added CA certificates. */
    static final Path LOCAL_CERTIFICATES = Path.of("/usr/local/share/ca-certificates");

    private final DockerEngine docker;
    private final BuildInputs inputs;
    private final BuildPlan plan;
    private final String containerName;
    private final boolean doCleanup;
    private final Progress progress;
    private final Path logFile;
    private final String logShown;
    private final long start;
    private final List<Step> redone = new ArrayList<>();
    private volatile boolean interrupted;

    BuildRun(
            DockerEngine docker,
            BuildInputs inputs,
            BuildPlan plan,
            String containerName,
            boolean doCleanup,
            Progress progress,
            Path logFile,
            String logShown,
            long start) {
        this.docker = docker;
        this.inputs = inputs;
        this.plan = plan;
        this.containerName = containerName;
        this.doCleanup = doCleanup;
        this.progress = progress;
        this.logFile = logFile;
        this.logShown = logShown;
        this.start = start;
    }

    static BuildState readState(DockerEngine docker, String container) {
        return docker.readFile(container, BuildState.PATH)
                .map(BuildState::fromJson)
                .orElse(BuildState.EMPTY);
    }

    BuildReport run(Optional<ContainerFacts> container, BuildState stored, Optional<ImageFacts> existing) {
        if (plan.upToDate()) {
            for (PlannedStep step : plan.steps()) {
                progress.kept(step.step().title(), step.step() == Step.CLEANUP ? "skipped" : "kept", step.reason());
            }
            if (container.isPresent() && container.get().running()) {
                docker.stop(container.get().id());
                progress.say("build container " + containerName + ": stopped (a failed build had left it running)");
            }
            ImageFacts image = existing.orElseThrow();
            return finish(image, "up to date");
        }
        String id = prepareContainer(container);
        BuildState state = plan.container() == BuildPlan.ContainerAction.KEEP ? stored : BuildState.EMPTY;
        Thread stopOnInterrupt = new Thread(() -> stopAfterInterrupt(id), "build-container-stop");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        String imageId;
        try (StepOutput output = new StepOutput(progress, logFile)) {
            execOrFail(
                    id,
                    output,
                    Step.DEPENDENCIES,
                    "mkdir",
                    "-p",
                    inputs.recipe().workdir(),
                    BuildState.FOLDER);
            for (PlannedStep step : plan.steps()) {
                if (step.step() == Step.COMMIT) {
                    break;
                }
                if (!step.run()) {
                    progress.kept(step.step().title(), step.step() == Step.CLEANUP ? "skipped" : "kept", step.reason());
                    continue;
                }
                state = runStep(id, output, step, state);
                redone.add(step.step());
            }
            imageId = commit(id, existing);
            redone.add(Step.COMMIT);
        } finally {
            try {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
            } catch (IllegalStateException e) {
                // the JVM is shutting down (Ctrl-C): the hook stops the container
            }
        }
        if (doCleanup) {
            docker.removeContainer(id);
            progress.say("build container " + containerName + ": removed (--do-cleanup; the next build starts afresh)");
        } else {
            docker.stop(id);
            progress.say("build container " + containerName + ": stopped, kept for the next build");
        }
        return finish(docker.image(imageId).orElseThrow(), "built");
    }

    /**
     * Ctrl-C during a build: the container is stopped (its own connection: the build's may be closing) and kept; the
     * interrupted step is not in its state, so the next build redoes it.
     */
    private void stopAfterInterrupt(String id) {
        interrupted = true;
        try (DockerEngine own = DockerEngine.connect()) {
            own.stop(id);
            System.err.println("build_image.java: interrupted; the build container " + containerName
                    + " is stopped and kept, and the next build redoes the interrupted step");
        } catch (RuntimeException e) {
            System.err.println("build_image.java: interrupted; could not stop the build container " + containerName
                    + " (" + e.getMessage() + "): docker stop " + containerName);
        }
    }

    private BuildReport finish(ImageFacts image, String what) {
        Duration total = Duration.ofNanos(System.nanoTime() - start);
        progress.say("image " + inputs.image() + ": " + what + ", id " + Planner.shortId(image.id()) + ", "
                + Progress.size(image.size()) + "; total " + Progress.seconds(total));
        return new BuildReport(
                inputs.image(), image.id(), image.size(), containerName, plan, List.copyOf(redone), total);
    }

    private String prepareContainer(Optional<ContainerFacts> container) {
        long begin = System.nanoTime();
        String id;
        switch (plan.container()) {
            case KEEP -> id = container.orElseThrow().id();
            case REPLACE -> {
                progress.say("build container " + containerName + ": replacing it: " + plan.containerReason());
                docker.removeContainer(container.orElseThrow().id());
                id = create();
            }
            default -> id = create();
        }
        docker.start(id);
        if (plan.container() != BuildPlan.ContainerAction.KEEP) {
            String why = plan.container() == BuildPlan.ContainerAction.CREATE ? "; " + plan.containerReason() : "";
            progress.say("build container " + containerName + ": created from " + inputs.baseImage() + " ("
                    + Planner.shortId(inputs.baseImageId()) + why + ") in "
                    + Progress.seconds(Duration.ofNanos(System.nanoTime() - begin)));
        }
        return id;
    }

    private String create() {
        return docker.createIdleContainer(
                containerName,
                inputs.baseImageId(),
                Labels.buildContainer(inputs.image(), inputs.recipe().name()));
    }

    private BuildState runStep(String id, StepOutput output, PlannedStep planned, BuildState before) {
        Step step = planned.step();
        Recipe recipe = inputs.recipe();
        BuildState state = before.without(step);
        switch (step) {
            case DEPENDENCIES -> {
                writeState(id, state);
                copyLocalCertificates(id, output);
                copyFiles(id, output, recipe.dependencyFiles(), inputs.dependencyFiles());
                runScript(id, output, planned, recipe.dependencyStep(), recipe.workdir());
                state = BuildState.after(step, inputs, state);
                writeState(id, state);
            }
            case BUILD -> {
                writeState(id, state);
                copyFiles(id, output, recipe.sourceFiles(), inputs.sourceFiles());
                runScript(id, output, planned, recipe.buildStep(), recipe.workdir());
                checkArtefacts(id, output, step);
                state = BuildState.after(step, inputs, state);
                writeState(id, state);
            }
            case CLEANUP -> {
                // The cleanup takes the build environment apart: whatever happens, the container's steps are gone.
                state = BuildState.EMPTY;
                writeState(id, state);
                runScript(id, output, planned, recipe.cleanupStep(), "/");
                checkArtefacts(id, output, step);
            }
            default -> throw new IllegalArgumentException(step.toString());
        }
        return state;
    }

    private void runScript(String id, StepOutput output, PlannedStep planned, String script, String workdir) {
        progress.begin(planned.step().title(), "running", planned.reason());
        output.startStep(planned.step().title());
        int exitCode;
        try {
            exitCode = docker.exec(id, stepCommand(script), workdir, environment(), output);
        } catch (RuntimeException e) {
            progress.failed();
            throw failure(planned.step(), -1, "could not be started in the container (" + e.getMessage() + ")", output);
        }
        if (exitCode != 0) {
            progress.failed();
            throw failure(planned.step(), exitCode, "failed with exit code " + exitCode, output);
        }
        progress.done();
    }

    /**
     * The step's script under {@code bash -e -x -o pipefail}, with stderr joined to stdout in the container: two
     * streams would reach us in no particular order, and the last lines of a failure must be in the right one.
     */
    static List<String> stepCommand(String script) {
        return List.of("bash", "-c", "exec 2>&1; exec bash -e -x -o pipefail -c \"$1\"", "step", script);
    }

    /** Replaces the listed paths in the workdir with the source's (so removed files go too). */
    private void copyFiles(String id, StepOutput output, List<Recipe.FilePattern> patterns, FileSet files) {
        List<String> remove = new ArrayList<>(List.of("rm", "-rf", "--"));
        patterns.forEach(pattern -> remove.add(pattern.path()));
        execInFolderOrFail(id, output, Step.BUILD, inputs.recipe().workdir(), remove.toArray(String[]::new));
        if (files.paths().isEmpty()) {
            return;
        }
        Path tar = null;
        try {
            tar = Files.createTempFile("fwst-image-files-", ".tar");
            TarArchive.writeFiles(files, tar);
            docker.copyTar(id, tar, inputs.recipe().workdir());
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a temporary tar file", e);
        } finally {
            if (tar != null) {
                try {
                    Files.deleteIfExists(tar);
                } catch (IOException e) {
                    // a temporary file
                }
            }
        }
    }

    /**
     * Copies this machine's locally added CA certificates into the container (where Debian's ca-certificates, once
     * installed, trusts them), so that downloads through a TLS-inspecting proxy work in the container as on the host.
     */
    private void copyLocalCertificates(String id, StepOutput output) {
        List<Path> certificates;
        try (var files = Files.list(LOCAL_CERTIFICATES)) {
            certificates = files.filter(path -> path.toString().endsWith(".crt") && Files.isRegularFile(path))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return; // none here
        }
        if (certificates.isEmpty()) {
            return;
        }
        String folder = LOCAL_CERTIFICATES.toString();
        execOrFail(id, output, Step.DEPENDENCIES, "mkdir", "-p", folder);
        docker.copyFlat(id, folder, certificates);
        execOrFail(
                id,
                output,
                Step.DEPENDENCIES,
                "sh",
                "-c",
                "if command -v update-ca-certificates >/dev/null; then update-ca-certificates >/dev/null; fi");
        progress.say("build container " + containerName + ": given this machine's " + certificates.size()
                + " local CA certificate(s) (" + folder + ")");
    }

    private void checkArtefacts(String id, StepOutput output, Step step) {
        List<String> command =
                new ArrayList<>(List.of("sh", "-c", "for path do [ -e \"$path\" ] || echo \"$path\"; done", "check"));
        command.addAll(inputs.recipe().artefacts());
        List<String> missing = new ArrayList<>();
        docker.exec(id, command, "/", List.of(), missing::add);
        if (!missing.isEmpty()) {
            throw failure(
                    step,
                    0,
                    "left no " + String.join(", ", missing) + " (the recipe's artefacts); fix the recipe's "
                            + step.title(),
                    output);
        }
    }

    private void execOrFail(String id, StepOutput output, Step step, String... command) {
        execInFolderOrFail(id, output, step, "/", command);
    }

    private void execInFolderOrFail(String id, StepOutput output, Step step, String workdir, String... command) {
        List<String> lines = new ArrayList<>();
        int exitCode = docker.exec(id, List.of(command), workdir, List.of(), lines::add);
        if (exitCode != 0) {
            lines.forEach(output);
            throw failure(step, exitCode, "could not prepare: " + String.join(" ", command) + " failed", output);
        }
    }

    private void writeState(String id, BuildState state) {
        docker.writeFile(id, BuildState.FOLDER, BuildState.FILE, state.toJson());
    }

    private String commit(String id, Optional<ImageFacts> existing) {
        PlannedStep commit = plan.step(Step.COMMIT);
        progress.begin(Step.COMMIT.title(), "running", commit.reason());
        String imageId =
                docker.commit(id, inputs.image(), inputs.recipe().launch(), "/", Labels.writerImage(inputs, doCleanup));
        progress.done();
        // The tag moved to the new image; the old one is removed unless something still uses it.
        existing.filter(old -> !old.id().equals(imageId)).ifPresent(old -> docker.removeImage(old.id()));
        return imageId;
    }

    private List<String> environment() {
        Set<String> names = new LinkedHashSet<>(PASSED_ENVIRONMENT);
        names.addAll(inputs.recipe().environment());
        List<String> environment = new ArrayList<>();
        for (String name : names) {
            String value = System.getenv(name);
            if (value != null) {
                environment.add(name + "=" + value);
            }
        }
        return environment;
    }

    private StepFailedException failure(Step step, int exitCode, String what, StepOutput output) {
        if (interrupted) {
            return new StepFailedException(step, exitCode, step.title() + " was interrupted");
        }
        return new StepFailedException(
                step,
                exitCode,
                step.title() + " " + what + "; its last " + StepOutput.TAIL_LINES + " lines:\n" + output.tail()
                        + "\nthe build container " + containerName + " is kept, running, for a look: docker exec -it "
                        + containerName + " bash (the whole output: " + logShown + ")");
    }
}
