package selftests.images;

import java.util.Optional;
import lib.images.BaseImage;
import lib.images.DockerEngine;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

/** Gates {@link RequiresDocker} tests: a daemon must answer and the image be there, unless CI requires them. */
final class DockerCondition implements ExecutionCondition {
    static final String CI_VARIABLE = "CI_REQUIRES_DOCKER";

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<RequiresDocker> onMethod = context.getTestMethod()
                .flatMap(method -> AnnotationSupport.findAnnotation(method, RequiresDocker.class));
        if (context.getTestMethod().isPresent() && onMethod.isEmpty()) {
            return ConditionEvaluationResult.enabled("decided for the class");
        }
        String image = onMethod.or(() -> context.getTestClass()
                        .flatMap(test -> AnnotationSupport.findAnnotation(test, RequiresDocker.class)))
                .map(RequiresDocker::image)
                .orElse(BaseImage.DEFAULT_NAME);
        Optional<String> problem = context.getRoot()
                .getStore(ExtensionContext.Namespace.create(DockerCondition.class))
                .getOrComputeIfAbsent("problem with " + image, key -> findProblem(image), Optional.class);
        if (problem.isEmpty()) {
            return ConditionEvaluationResult.enabled("a Docker daemon answers and " + image + " is there");
        }
        if ("1".equals(System.getenv(CI_VARIABLE))) {
            return ConditionEvaluationResult.enabled(CI_VARIABLE + "=1: runs (and fails) without Docker");
        }
        return ConditionEvaluationResult.disabled(problem.get());
    }

    private static Optional<String> findProblem(String image) {
        Optional<String> noDaemon = DockerEngine.problem();
        if (noDaemon.isPresent()) {
            return noDaemon;
        }
        try (DockerEngine docker = DockerEngine.connect()) {
            if (docker.image(image).isEmpty()) {
                return Optional.of(
                        BaseImage.DEFAULT_NAME.equals(image)
                                ? "base image " + image + " is not there; make it with ./jbang build_image.java"
                                        + " --make-base-image"
                                : "image " + image + " is not there; make it with ./jbang build_image.java");
            }
        }
        return Optional.empty();
    }
}
