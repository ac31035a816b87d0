package lib.images;

/**
 * An image reference split into repository and tag ({@code latest} when none is given).
 *
 * @param repository e.g. {@code fw-system-tests/reference-writer}
 * @param tag e.g. {@code latest}
 */
record ImageName(String repository, String tag) {
    static ImageName parse(String image) {
        int slash = image.lastIndexOf('/');
        int colon = image.lastIndexOf(':');
        if (colon > slash) {
            return new ImageName(image.substring(0, colon), image.substring(colon + 1));
        }
        return new ImageName(image, "latest");
    }

    /** {@code repository:tag}. */
    String full() {
        return repository + ":" + tag;
    }

    /** The build container's name: the image's, with {@code /} and {@code :} replaced, and {@code -build}. */
    String buildContainer() {
        return full().replaceAll("[^a-zA-Z0-9_.-]", "-") + "-build";
    }
}
