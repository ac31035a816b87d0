package lib.images;

import java.util.List;

/**
 * What a build will do: with the build container, with each step, and with the image.
 *
 * @param container what happens to the build container
 * @param containerReason why
 * @param steps every step, run or not, in order
 */
public record BuildPlan(ContainerAction container, String containerReason, List<PlannedStep> steps) {

    /** What a build does with its container. */
    public enum ContainerAction {
        /** Nothing to do: no container is needed. */
        NOT_NEEDED,
        /** The existing container is used. */
        KEEP,
        /** There is none: one is created from the base image. */
        CREATE,
        /** The existing one is removed and a new one created (its base image changed). */
        REPLACE
    }

    /** Whether {@code step} runs. */
    public boolean runs(Step step) {
        return steps.stream().anyMatch(planned -> planned.step() == step && planned.run());
    }

    /** The steps that run. */
    public List<Step> redone() {
        return steps.stream().filter(PlannedStep::run).map(PlannedStep::step).toList();
    }

    /** True when the image is current and nothing runs. */
    public boolean upToDate() {
        return redone().isEmpty();
    }

    PlannedStep step(Step step) {
        return steps.stream()
                .filter(planned -> planned.step() == step)
                .findFirst()
                .orElseThrow();
    }
}
