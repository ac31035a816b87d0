package writer.common;

/** The reference writer's version, as reported in x5f2 and in the files' `creator` attribute. */
public final class WriterVersion {
    public static final String VERSION = "0.1.0-reference";

    private WriterVersion() {}
}
