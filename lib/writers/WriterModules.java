package lib.writers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which writer modules a writer under test lacks, so tests that need one are skipped rather than failed (catalogue
 * §0, "Modules"). The reference writer has every module. A real binary is asked with {@code --list_modules}
 * (2022 and 2023–24 builds have it). The 2022 binary demands its required options before it lists anything (exit
 * 106, protocol.md §7), so the probe passes placeholder ones, which no build needs to reach; a build that refuses
 * them or the option (HEAD answers "--brokers is required", exit 106) is taken to be a HEAD build, which has no f142, ev42, ep00,
 * f142_test, senv, hs00 or ADAr.
 *
 * @param absent the modules the writer lacks, out of {@link #KNOWN}
 * @param source how that was found out, for the run's output
 */
public record WriterModules(Set<String> absent, String source) {
    /** Every module a test of the catalogue names. */
    public static final Set<String> KNOWN = Set.of(
            "f142",
            "f142_test",
            "ep00",
            "ev42",
            "f144",
            "ep01",
            "al00",
            "ev44",
            "mdat",
            "ad00",
            "da00",
            "tdct",
            "senv",
            "se00",
            "hs00",
            "ADAr");

    /** What a HEAD build lacks (catalogue §0, protocol.md §5.5 "Module sets"). */
    static final Set<String> ABSENT_FROM_HEAD = Set.of("f142", "f142_test", "ep00", "ev42", "senv", "hs00", "ADAr");

    private static final long PROBE_SECONDS = 10;
    /** The 2022 binary's required options, with addresses nothing listens on: listing modules connects nowhere. */
    static final List<String> PROBE_ARGUMENTS = List.of(
            "--list_modules",
            "--job-pool-uri",
            "localhost:1/list_modules",
            "--command-status-uri",
            "localhost:1/list_modules");

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9_]+");

    public WriterModules {
        absent = Set.copyOf(new TreeSet<>(absent));
    }

    /**
     * The reference writer: every module under 2022, exactly HEAD's under current (decisions A5, G2), so a test
     * gated on a module sees the same set as against a real binary of the profile's era.
     */
    public static WriterModules referenceWriter(boolean currentProfile) {
        return currentProfile
                ? new WriterModules(ABSENT_FROM_HEAD, "the reference writer offers HEAD's modules under current")
                : new WriterModules(Set.of(), "the reference writer offers every module under 2022");
    }

    /** Asks {@code binary --list_modules}; without an answer, assumes a HEAD build. */
    public static WriterModules probe(Path binary) {
        String listing = listModules(binary);
        if (listing == null) {
            return new WriterModules(
                    ABSENT_FROM_HEAD, binary.getFileName() + " has no --list_modules: taken for a HEAD build");
        }
        return new WriterModules(absentFrom(listing), "from " + binary.getFileName() + " --list_modules");
    }

    /**
     * The known modules a {@code --list_modules} listing ({@code id : name} lines) does not name. Every word of
     * the listing counts as a name, so it does not matter which column carries the module's name.
     */
    public static Set<String> absentFrom(String listing) {
        Set<String> words = new TreeSet<>();
        Matcher word = WORD.matcher(listing);
        while (word.find()) {
            words.add(word.group());
        }
        Set<String> absent = new TreeSet<>(KNOWN);
        absent.removeAll(words);
        return absent;
    }

    /** The listing, or null when the binary has no such option (it fails, prints nothing, or hangs). */
    private static String listModules(Path binary) {
        Path output = null;
        Process process = null;
        try {
            // Into a file rather than a pipe: a binary that hangs must not block the reading.
            output = Files.createTempFile("list-modules", ".txt");
            List<String> command = new ArrayList<>();
            command.add(binary.toString());
            command.addAll(PROBE_ARGUMENTS);
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .redirectInput(
                            ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                    .start();
            boolean exited = process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS);
            String listing = Files.readString(output, StandardCharsets.UTF_8);
            return exited && process.exitValue() == 0 && !listing.isBlank() ? listing : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } finally {
            if (process != null) {
                process.destroyForcibly();
            }
            deleteQuietly(output);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temp file is harmless
            }
        }
    }
}
