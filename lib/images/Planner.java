package lib.images;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides what a build redoes (decisions C1): nothing when the image is current; the build step when sources changed;
 * both steps when dependency files changed; a changed step of the recipe and the steps after it; everything in a new
 * container when the base image changed. Pure logic over hashes and what Docker holds, so it is tested without Docker.
 */
public final class Planner {
    private Planner() {}

    /**
     * The plan for building {@code inputs}.
     *
     * @param container the existing build container, if any
     * @param state what that container holds (empty without one)
     * @param image the existing image, if any
     * @param doCleanup whether {@code --do-cleanup} was given
     */
    public static BuildPlan plan(
            BuildInputs inputs,
            Optional<ContainerFacts> container,
            BuildState state,
            Optional<ImageFacts> image,
            boolean doCleanup) {
        boolean imageCurrent = image.map(facts -> inputs.imageKey().equals(facts.label(Labels.IMAGE_KEY)))
                .orElse(false);
        boolean imageCleaned =
                image.map(facts -> "true".equals(facts.label(Labels.CLEANED))).orElse(false);
        if (imageCurrent && (!doCleanup || imageCleaned)) {
            // The image key covers the build key, which covers the dependency key: nothing changed.
            return new BuildPlan(
                    BuildPlan.ContainerAction.NOT_NEEDED,
                    container.isPresent() ? "kept as it is" : "none needed",
                    List.of(
                            new PlannedStep(Step.DEPENDENCIES, false, "dependency files and step unchanged"),
                            new PlannedStep(Step.BUILD, false, "sources and build step unchanged"),
                            new PlannedStep(
                                    Step.CLEANUP,
                                    false,
                                    doCleanup ? "the image is cleaned already" : "no --do-cleanup"),
                            new PlannedStep(Step.COMMIT, false, "image " + inputs.image() + " is up to date")));
        }

        BuildPlan.ContainerAction action;
        String containerReason;
        BuildState held = state;
        if (container.isEmpty()) {
            action = BuildPlan.ContainerAction.CREATE;
            containerReason = image.isPresent() && "true".equals(image.get().label(Labels.CLEANED))
                    ? "the last build removed it with --do-cleanup"
                    : "none yet";
            held = BuildState.EMPTY;
        } else if (!container.get().imageId().equals(inputs.baseImageId())) {
            action = BuildPlan.ContainerAction.REPLACE;
            containerReason = "base image " + inputs.baseImage() + " changed ("
                    + shortId(container.get().imageId()) + " -> " + shortId(inputs.baseImageId()) + ")";
            held = BuildState.EMPTY;
        } else if (!inputs.recipe().name().equals(container.get().recipe())) {
            action = BuildPlan.ContainerAction.REPLACE;
            containerReason = "it was made for recipe " + container.get().recipe();
            held = BuildState.EMPTY;
        } else {
            action = BuildPlan.ContainerAction.KEEP;
            containerReason = "kept";
        }
        boolean fresh = action != BuildPlan.ContainerAction.KEEP;

        List<PlannedStep> steps = new ArrayList<>();
        PlannedStep dependencies = dependencyStep(inputs, held, fresh);
        steps.add(dependencies);
        steps.add(buildStep(inputs, held, dependencies.run()));
        steps.add(new PlannedStep(Step.CLEANUP, doCleanup, doCleanup ? "--do-cleanup" : "no --do-cleanup"));
        steps.add(new PlannedStep(Step.COMMIT, true, commitReason(inputs, image, steps, imageCurrent)));
        return new BuildPlan(action, containerReason, steps);
    }

    private static PlannedStep dependencyStep(BuildInputs inputs, BuildState held, boolean fresh) {
        StepState done = held.dependencies();
        if (done == null) {
            return new PlannedStep(
                    Step.DEPENDENCIES, true, fresh ? "new build container" : "the last dependency step did not finish");
        }
        if (done.key().equals(inputs.dependencyKey())) {
            return new PlannedStep(Step.DEPENDENCIES, false, "dependency files unchanged");
        }
        return new PlannedStep(
                Step.DEPENDENCIES,
                true,
                why(inputs.dependencyFiles(), done, inputs.dependencyScript(), "dependency files", "dependency step"));
    }

    private static PlannedStep buildStep(BuildInputs inputs, BuildState held, boolean afterDependencies) {
        StepState done = held.build();
        if (afterDependencies) {
            String sources = done == null ? "" : inputs.sourceFiles().changesSince(done.files());
            return new PlannedStep(
                    Step.BUILD,
                    true,
                    "after the dependency step" + (sources.isEmpty() ? "" : "; sources changed: " + sources));
        }
        if (done == null) {
            return new PlannedStep(Step.BUILD, true, "the last build step did not finish");
        }
        if (done.key().equals(inputs.buildKey())) {
            return new PlannedStep(Step.BUILD, false, "sources unchanged");
        }
        return new PlannedStep(
                Step.BUILD, true, why(inputs.sourceFiles(), done, inputs.buildScript(), "sources", "build step"));
    }

    private static String why(FileSet files, StepState done, String script, String filesName, String stepName) {
        List<String> reasons = new ArrayList<>();
        String changes = files.changesSince(done.files());
        if (!changes.isEmpty()) {
            reasons.add(filesName + " changed: " + changes);
        }
        if (!script.equals(done.script())) {
            reasons.add("the recipe's " + stepName + " changed");
        }
        if (reasons.isEmpty()) {
            reasons.add("the recipe's workdir or the base image changed");
        }
        return String.join("; ", reasons);
    }

    private static String commitReason(
            BuildInputs inputs, Optional<ImageFacts> image, List<PlannedStep> steps, boolean imageCurrent) {
        if (image.isEmpty()) {
            return "no image " + inputs.image() + " yet";
        }
        if (steps.stream().anyMatch(step -> step.run() && step.step() != Step.CLEANUP)) {
            return "new build";
        }
        if (imageCurrent) {
            return "the image is not cleaned yet";
        }
        if (!inputs.launchLabel().equals(image.get().label(Labels.LAUNCH))) {
            return "the recipe's launch command changed";
        }
        return "image " + inputs.image() + " is out of date";
    }

    static String shortId(String id) {
        String hex = id.startsWith("sha256:") ? id.substring(7) : id;
        return hex.substring(0, Math.min(12, hex.length()));
    }
}
