package lib.images;

/**
 * An existing build container.
 *
 * @param id its id
 * @param name its name
 * @param imageId the id of the image it was created from
 * @param recipe the recipe it was made for (its label)
 * @param running whether it runs
 * @param role its {@link Labels#ROLE} label (empty without one)
 */
public record ContainerFacts(String id, String name, String imageId, String recipe, boolean running, String role) {}
