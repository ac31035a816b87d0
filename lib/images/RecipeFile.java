package lib.images;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a recipe file: {@code # comment} lines, {@code field = value} lines, and {@code field:} lines followed by an
 * indented block (a shell script). List fields are separated by spaces.
 */
final class RecipeFile {
    static final List<String> REQUIRED = List.of(
            "image",
            "base-image",
            "workdir",
            "dependency-files",
            "dependency-step",
            "source-files",
            "build-step",
            "cleanup-step",
            "artefacts",
            "launch");
    static final List<String> OPTIONAL = List.of("default-source", "environment");
    private static final Map<String, String> WHAT = Map.ofEntries(
            Map.entry("image", "the image it builds, NAME[:TAG]"),
            Map.entry("base-image", "the image the build container starts from"),
            Map.entry("workdir", "the folder in the container the steps run in"),
            Map.entry("dependency-files", "the files the dependency step depends on"),
            Map.entry("dependency-step", "the script that installs the dependencies"),
            Map.entry("source-files", "the files the build step depends on"),
            Map.entry("build-step", "the script that builds the writer"),
            Map.entry("cleanup-step", "the script --do-cleanup runs before the commit"),
            Map.entry("artefacts", "the paths the build leaves in the image"),
            Map.entry("launch", "the command the image runs"));

    private RecipeFile() {}

    static Recipe read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ImageBuildException.badInput("--recipe " + file + ": cannot read it (" + e.getMessage()
                    + "); give a recipe name or a readable recipe file");
        }
        String fileName = file.getFileName().toString();
        String name = fileName.endsWith(".recipe") ? fileName.substring(0, fileName.length() - 7) : fileName;
        return parse(file, name, text);
    }

    static Recipe parse(Path file, String name, String text) {
        Map<String, String> fields = fields(file, text);
        for (String field : REQUIRED) {
            if (!fields.containsKey(field) || fields.get(field).isBlank()) {
                throw ImageBuildException.badInput(file + ": no '" + field + "' field (" + WHAT.get(field)
                        + "); every recipe needs " + String.join(", ", REQUIRED) + " (see docs/IMAGE_BUILD.md)");
            }
        }
        List<Recipe.FilePattern> dependencyFiles = patterns(file, "dependency-files", fields);
        List<Recipe.FilePattern> sourceFiles = patterns(file, "source-files", fields);
        for (Recipe.FilePattern dependency : dependencyFiles) {
            for (Recipe.FilePattern source : sourceFiles) {
                if (dependency.path().equals(source.path())) {
                    throw ImageBuildException.badInput(file + ": '" + dependency.path()
                            + "' is in both dependency-files and source-files; list it in one of them");
                }
            }
        }
        String workdir = fields.get("workdir").strip();
        if (!workdir.startsWith("/")) {
            throw ImageBuildException.badInput(
                    file + ": workdir '" + workdir + "' is not absolute; write a path in the container such as /build");
        }
        return new Recipe(
                name,
                file,
                fields.get("image").strip(),
                fields.get("base-image").strip(),
                workdir,
                Optional.ofNullable(fields.get("default-source"))
                        .map(String::strip)
                        .filter(value -> !value.isEmpty()),
                words(fields.getOrDefault("environment", "")),
                dependencyFiles,
                fields.get("dependency-step"),
                sourceFiles,
                fields.get("build-step"),
                fields.get("cleanup-step"),
                words(fields.get("artefacts")),
                words(fields.get("launch")));
    }

    private static Map<String, String> fields(Path file, String text) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<String> lines = text.lines().toList();
        for (int index = 0; index < lines.size(); index++) {
            String line = lines.get(index);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int lineNumber = index + 1;
            if (Character.isWhitespace(line.charAt(0))) {
                throw ImageBuildException.badInput(file + ":" + lineNumber
                        + ": an indented line outside a block; blocks start with a line 'field:'");
            }
            String field;
            String value;
            int equals = line.indexOf('=');
            if (equals < 0 && trimmed.endsWith(":")) {
                field = trimmed.substring(0, trimmed.length() - 1).strip();
                List<String> block = new ArrayList<>();
                while (index + 1 < lines.size()
                        && (lines.get(index + 1).isBlank()
                                || Character.isWhitespace(lines.get(index + 1).charAt(0)))) {
                    block.add(lines.get(++index));
                }
                value = dedent(block);
            } else if (equals > 0) {
                field = line.substring(0, equals).strip();
                value = line.substring(equals + 1).strip();
            } else {
                throw ImageBuildException.badInput(file + ":" + lineNumber + ": '" + trimmed
                        + "' is neither 'field = value' nor 'field:' followed by an indented block");
            }
            if (!REQUIRED.contains(field) && !OPTIONAL.contains(field)) {
                throw ImageBuildException.badInput(file + ":" + lineNumber + ": '" + field
                        + "' is not a recipe field; fields are " + String.join(", ", REQUIRED) + ", "
                        + String.join(", ", OPTIONAL));
            }
            if (fields.put(field, value) != null) {
                throw ImageBuildException.badInput(
                        file + ":" + lineNumber + ": '" + field + "' is given twice; keep one of them");
            }
        }
        return fields;
    }

    /** The block's lines without their common indentation and without trailing blank lines. */
    private static String dedent(List<String> block) {
        int indent = block.stream()
                .filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min()
                .orElse(0);
        List<String> lines = new ArrayList<>();
        for (String line : block) {
            lines.add(line.isBlank() ? "" : line.substring(indent).stripTrailing());
        }
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return String.join("\n", lines);
    }

    private static List<Recipe.FilePattern> patterns(Path file, String field, Map<String, String> fields) {
        List<Recipe.FilePattern> patterns = new ArrayList<>();
        for (String word : words(fields.get(field))) {
            boolean optional = word.endsWith("?");
            String path = optional ? word.substring(0, word.length() - 1) : word;
            while (path.endsWith("/") && path.length() > 1) {
                path = path.substring(0, path.length() - 1);
            }
            if (path.isEmpty()
                    || path.startsWith("/")
                    || Arrays.asList(path.split("/")).contains("..")) {
                throw ImageBuildException.badInput(file + ": " + field + " '" + word
                        + "' must be a path inside the source folder (relative, no '..')");
            }
            patterns.add(new Recipe.FilePattern(path, optional));
        }
        return patterns;
    }

    private static List<String> words(String value) {
        return value == null || value.isBlank()
                ? List.of()
                : List.of(value.strip().split("\\s+"));
    }
}
