package lib.images;

import java.util.SortedMap;

/**
 * A finished step as the build container remembers it.
 *
 * @param key the hash over everything the step depends on (see {@link BuildInputs})
 * @param script the hash of the step's script (comments and blank lines left out)
 * @param files the files it depended on: relative path to {@code mode:sha256}
 */
public record StepState(String key, String script, SortedMap<String, String> files) {}
