package lib.images;

import java.util.LinkedHashMap;
import java.util.Map;

/** The labels this project puts on build containers and images, so they can be found (and swept) later. */
public final class Labels {
    /** Every container and image this project makes carries it. */
    public static final String PROJECT = "fw-system-tests";

    /** What the thing is: {@link #BUILD_CONTAINER} or {@link #WRITER_IMAGE}. */
    public static final String ROLE = "fw-system-tests.role";

    public static final String BUILD_CONTAINER = "build-container";
    public static final String WRITER_IMAGE = "writer-image";
    public static final String BASE_IMAGE = "base-image";

    /** The image a build container builds. */
    public static final String IMAGE = "fw-system-tests.image";

    /** The recipe a build container or an image was made with. */
    public static final String RECIPE = "fw-system-tests.recipe";

    /** An image's {@link BuildInputs#imageKey()}. */
    static final String IMAGE_KEY = "fw-system-tests.image-key";

    /** Whether an image was made with {@code --do-cleanup}. */
    static final String CLEANED = "fw-system-tests.cleaned";

    /** An image's launch command. */
    static final String LAUNCH = "fw-system-tests.launch";

    private Labels() {}

    static Map<String, String> buildContainer(String image, String recipe) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(PROJECT, "true");
        labels.put(ROLE, BUILD_CONTAINER);
        labels.put(IMAGE, image);
        labels.put(RECIPE, recipe);
        return labels;
    }

    /** The labels of an image built from {@code inputs}. */
    public static Map<String, String> writerImage(BuildInputs inputs, boolean cleaned) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put(PROJECT, "true");
        labels.put(ROLE, WRITER_IMAGE);
        labels.put(IMAGE, inputs.image());
        labels.put(RECIPE, inputs.recipe().name());
        labels.put(IMAGE_KEY, inputs.imageKey());
        labels.put(CLEANED, Boolean.toString(cleaned));
        labels.put(LAUNCH, inputs.launchLabel());
        return labels;
    }
}
