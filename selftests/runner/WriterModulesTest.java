package selftests.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import lib.writers.WriterModules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the runner finds out which modules a local build lacks (catalogue §0, "Modules"). */
class WriterModulesTest {
    /** A listing in the {@code id : name} form of protocol.md §7. */
    private static final String LISTING_2022 =
            "f142 : f142\nf142 : f142_test\nep00 : ep00\nev42 : ev42\nhs00 : hs00\nsenv : senv\ntdct : tdct\n"
                    + "ADAr : ADAr\n";

    @TempDir
    Path folder;

    @Test
    void aListingNamesWhatIsThereAndEveryOtherKnownModuleIsAbsent() {
        assertThat(WriterModules.absentFrom(LISTING_2022))
                .containsExactlyInAnyOrder("f144", "ep01", "al00", "ev44", "mdat", "ad00", "da00", "se00");
    }

    @Test
    void aBuildIsAskedWithListModules() throws IOException {
        Path binary = script("printf '" + LISTING_2022.replace("\n", "\\n") + "'\n");

        WriterModules modules = WriterModules.probe(binary);

        assertThat(modules.absent()).contains("f144", "ev44", "mdat").doesNotContain("f142", "ep00", "f142_test");
        assertThat(modules.source()).isEqualTo("from kafka-to-nexus --list_modules");
    }

    @Test
    void aBuildThatRefusesListModulesIsTakenForAHeadBuild() throws IOException {
        Path binary = script("echo 'The following argument was not expected: --list_modules' >&2\nexit 109\n");

        WriterModules modules = WriterModules.probe(binary);

        assertThat(modules.absent())
                .containsExactlyInAnyOrder("f142", "f142_test", "ep00", "ev42", "senv", "hs00", "ADAr");
        assertThat(modules.source()).contains("taken for a HEAD build");
    }

    @Test
    void a2022BuildIsAskedWithTheOptionsItRequiresFirst() throws IOException {
        // As the 2022 binary: without its required options it stops with CLI11's RequiredError (protocol.md §7).
        Path binary = script("case \"$*\" in *--job-pool-uri*--command-status-uri*) ;;\n"
                + "  *) echo '--command-status-uri is required'; echo 'Run with --help for more information.'; "
                + "exit 106 ;;\nesac\n"
                + "printf '\\n-- Known flatbuffer metadata extractors\\n---- f142\\n---- ep00\\n'\n"
                + "printf '\\n-- Known writer modules\\n---- f142 : f142\\n---- f142 : f142_test\\n"
                + "---- ep00 : epics_con_status\\n---- ev42 : ev42\\n'\n");

        WriterModules modules = WriterModules.probe(binary);

        assertThat(modules.absent())
                .contains("f144", "ev44", "mdat")
                .doesNotContain("f142", "ep00", "f142_test", "ev42");
        assertThat(modules.source()).isEqualTo("from kafka-to-nexus --list_modules");
    }

    @Test
    void theReferenceWriterOffersEveryModuleUnder2022AndHeadsUnderCurrent() {
        assertThat(WriterModules.referenceWriter(false).absent()).isEmpty();
        assertThat(WriterModules.referenceWriter(true).absent())
                .containsExactlyInAnyOrder("f142", "f142_test", "ep00", "ev42", "senv", "hs00", "ADAr");
    }

    /** A stand-in executable named like the real one, running {@code body} with sh. */
    private Path script(String body) throws IOException {
        Path binary = folder.resolve("kafka-to-nexus");
        Files.writeString(binary, "#!/bin/sh\n" + body);
        Files.setPosixFilePermissions(binary, PosixFilePermissions.fromString("rwxr-xr-x"));
        return binary;
    }
}
