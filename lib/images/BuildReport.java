package lib.images;

import java.time.Duration;
import java.util.List;

/**
 * What a build did.
 *
 * @param image the image, {@code NAME:TAG}
 * @param imageId its id (empty after {@code --plan} when there is none)
 * @param imageSize its size in bytes (with its base)
 * @param container the build container's name
 * @param plan the plan it followed (or, with {@code --plan}, printed)
 * @param redone the steps that ran (none with {@code --plan})
 * @param total how long it took
 */
public record BuildReport(
        String image,
        String imageId,
        long imageSize,
        String container,
        BuildPlan plan,
        List<Step> redone,
        Duration total) {}
