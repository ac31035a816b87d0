package lib.images;

/** The steps of an image build, in their order. */
public enum Step {
    DEPENDENCIES("dependency step"),
    BUILD("build step"),
    CLEANUP("cleanup step"),
    COMMIT("commit");

    private final String title;

    Step(String title) {
        this.title = title;
    }

    /** How progress lines name the step. */
    public String title() {
        return title;
    }
}
