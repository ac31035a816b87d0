package lib.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The Debian mirror this machine's apt uses, read from its sources at run time (so no host name is written into the
 * repository): {@code sources.list.d/*.sources} (deb822) and {@code sources.list}, {@code sources.list.d/*.list}.
 */
public final class AptSources {
    /** A source: its URI and its suites. */
    record Source(String uri, List<String> suites) {}

    private AptSources() {}

    /**
     * The mirror for {@code suite}: the first {@code deb} source that lists it, else the first that looks like a
     * Debian archive (its path ends in {@code /debian}) for a suite that is not a security, updates or backports one.
     *
     * @param etcApt the apt configuration folder, normally {@code /etc/apt}
     */
    public static Optional<String> debianMirror(Path etcApt, String suite) {
        List<Source> sources = read(etcApt);
        for (Source source : sources) {
            if (source.suites().contains(suite)) {
                return Optional.of(source.uri());
            }
        }
        for (Source source : sources) {
            boolean plainSuite = source.suites().stream().anyMatch(name -> !name.contains("-"));
            if (plainSuite && source.uri().replaceAll("/+$", "").endsWith("/debian")) {
                return Optional.of(source.uri());
            }
        }
        return Optional.empty();
    }

    static List<Source> read(Path etcApt) {
        List<Source> sources = new ArrayList<>();
        Path list = etcApt.resolve("sources.list");
        if (Files.isRegularFile(list)) {
            sources.addAll(oneLineStyle(text(list)));
        }
        Path folder = etcApt.resolve("sources.list.d");
        if (Files.isDirectory(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.endsWith(".sources")) {
                        sources.addAll(deb822Style(text(file)));
                    } else if (name.endsWith(".list")) {
                        sources.addAll(oneLineStyle(text(file)));
                    }
                }
            } catch (IOException e) {
                // an unreadable folder holds no sources for us
            }
        }
        return sources;
    }

    /** {@code deb [options] URI SUITE COMPONENT...} lines. */
    static List<Source> oneLineStyle(String text) {
        List<Source> sources = new ArrayList<>();
        for (String line : text.lines().toList()) {
            String stripped = line.replaceAll("#.*", "").strip();
            if (!stripped.startsWith("deb ")) {
                continue;
            }
            String rest = stripped.substring(4).strip();
            if (rest.startsWith("[")) {
                int end = rest.indexOf(']');
                if (end < 0) {
                    continue;
                }
                rest = rest.substring(end + 1).strip();
            }
            String[] words = rest.split("\\s+");
            if (words.length >= 2) {
                sources.add(new Source(words[0], List.of(words[1])));
            }
        }
        return sources;
    }

    /** deb822 paragraphs: {@code Types:}, {@code URIs:}, {@code Suites:}, {@code Enabled:}. */
    static List<Source> deb822Style(String text) {
        List<Source> sources = new ArrayList<>();
        for (String paragraph : text.split("\\n\\s*\\n")) {
            String types = "";
            String uris = "";
            String suites = "";
            String enabled = "yes";
            for (String line : paragraph.lines().toList()) {
                if (line.startsWith("#")) {
                    continue;
                }
                int colon = line.indexOf(':');
                if (colon < 0 || Character.isWhitespace(line.charAt(0))) {
                    continue;
                }
                String field = line.substring(0, colon).strip().toLowerCase();
                String value = line.substring(colon + 1).strip();
                switch (field) {
                    case "types" -> types = value;
                    case "uris" -> uris = value;
                    case "suites" -> suites = value;
                    case "enabled" -> enabled = value;
                    default -> {}
                }
            }
            if (List.of(types.split("\\s+")).contains("deb") && !uris.isBlank() && !"no".equalsIgnoreCase(enabled)) {
                sources.add(new Source(uris.split("\\s+")[0], List.of(suites.split("\\s+"))));
            }
        }
        return sources;
    }

    private static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
