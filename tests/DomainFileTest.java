package tests;

import lib.fixtures.JobFiles;
import lib.fixtures.Publisher;
import lib.fixtures.RunSettings;
import lib.fixtures.StructureFixture;
import lib.nexus.NexusFile;
import org.junit.jupiter.api.BeforeAll;

/**
 * What an X class ({@link DomainTest}) does before its tests: publish its messages with their historical times, let
 * one job write the window into one file, and keep the file open for the tests that check its parts.
 */
abstract class DomainFileTest {
    NexusFile file;

    /** The structure, a file of {@code config-files/}. */
    abstract String structureFile();

    /** The name of the file the job writes. */
    abstract String fileName();

    /** Publishes the class's messages. */
    abstract void publish(Publisher publisher);

    @BeforeAll
    void writeFile(JobFiles jobFiles, Publisher publisher, RunSettings run) {
        publish(publisher);
        String structure = StructureFixture.read(run.repoRoot(), structureFile());
        file = jobFiles.writtenBy(DomainTestWindow.job(run, fileName(), structure), DomainTestWindow.DEADLINES);
    }
}
