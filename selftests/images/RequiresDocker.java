package selftests.images;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that needs a Docker daemon and the base image: skipped with the reason when either is missing, except in CI
 * ({@code CI_REQUIRES_DOCKER=1}, set by {@code .ci/run}), where it runs and fails with the same one-line error.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(DockerCondition.class)
public @interface RequiresDocker {}
