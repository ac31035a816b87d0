package selftests.images;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import lib.images.BaseImage;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs a Docker daemon and an image (the base image unless it names another): skipped with the reason
 * when either is missing, except in CI ({@code CI_REQUIRES_DOCKER=1}, set by {@code .ci/run}), where it runs and
 * fails with the same one-line error. On a class it decides for all its tests; on a method, for that test.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerCondition.class)
public @interface RequiresDocker {
    /** The image the test needs. */
    String image() default BaseImage.DEFAULT_NAME;
}
