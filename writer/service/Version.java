package writer.service;

/** The reference writer's version, shown by --version and published in x5f2 software_version. */
public final class Version {
    public static final String VERSION = "1.0.0-reference";
    public static final String SOFTWARE_NAME = "kafka-to-nexus";

    private Version() {
    }
}
