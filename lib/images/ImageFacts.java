package lib.images;

import java.util.Map;

/**
 * An existing image.
 *
 * @param id its id
 * @param size its size in bytes (with its base)
 * @param labels its labels
 */
public record ImageFacts(String id, long size, Map<String, String> labels) {
    String label(String name) {
        return labels == null ? null : labels.get(name);
    }
}
