package lib.images;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;

/**
 * What a build container holds: its finished steps. Stored in the container as JSON ({@link #PATH}); a step about to
 * run is removed from it first, so a step that was interrupted or failed is redone by the next build.
 *
 * @param dependencies the finished dependency step, or null
 * @param build the finished build step, or null
 */
public record BuildState(StepState dependencies, StepState build) {
    /** Where the state lives in the build container. */
    static final String FOLDER = "/var/lib/fw-system-tests";

    static final String FILE = "build-state.json";
    static final String PATH = FOLDER + "/" + FILE;
    /** The state of a new container: no step done. */
    public static final BuildState EMPTY = new BuildState(null, null);

    private static final ObjectMapper JSON =
            new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The state a build container holds after it built {@code inputs} completely. */
    public static BuildState of(BuildInputs inputs) {
        return new BuildState(inputs.dependencyState(), inputs.buildState());
    }

    /** The state after a step ran with these inputs: the step and those before it are recorded. */
    static BuildState after(Step step, BuildInputs inputs, BuildState before) {
        return switch (step) {
            case DEPENDENCIES -> new BuildState(inputs.dependencyState(), null);
            case BUILD -> new BuildState(before.dependencies(), inputs.buildState());
            default -> before;
        };
    }

    /** This state without {@code step} and the steps after it. */
    BuildState without(Step step) {
        return switch (step) {
            case DEPENDENCIES -> EMPTY;
            case BUILD -> new BuildState(dependencies, null);
            default -> this;
        };
    }

    byte[] toJson() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write the build state", e);
        }
    }

    /** The state in {@code json}; an unreadable state counts as empty (everything is redone). */
    static BuildState fromJson(byte[] json) {
        try {
            BuildState state = JSON.readValue(json, BuildState.class);
            return state == null ? EMPTY : state;
        } catch (java.io.IOException e) {
            return EMPTY;
        }
    }

    @Override
    public String toString() {
        return new String(toJson(), StandardCharsets.UTF_8);
    }
}
