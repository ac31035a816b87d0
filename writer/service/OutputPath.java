package writer.service;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import writer.output.JobStartException;
import writer.profile.ProfileRules;

/**
 * The path of a job's file from the output prefix and the pl72 filename (the profile's rule, protocol.md §4.1),
 * refused when the file system cannot name it (a NUL, say) or when it climbs out of the prefix with "..". Both real
 * writers write such a file outside their output folder; the reference writer is stricter, so a harness that sends
 * such a name sees a failed start rather than a file in an unexpected place.
 */
final class OutputPath {
    private OutputPath() {}

    static String of(ProfileRules rules, String prefix, String filename) throws JobStartException {
        String path = prefix.isEmpty() ? filename : prefix + "/" + filename;
        try {
            path = rules.outputPath(prefix, filename);
            if (!prefix.isEmpty() && !inside(Path.of(prefix), Path.of(path))) {
                throw new JobStartException(JobStartException.fileFailure(
                        path, "the file name names no file inside the output folder \"" + prefix + "\"."));
            }
            return path;
        } catch (InvalidPathException e) {
            throw new JobStartException(
                    JobStartException.fileFailure(path, "the file name is not a valid path: " + e.getReason() + "."));
        }
    }

    /** Whether {@code path} names something below {@code folder} once "." and ".." are resolved. */
    private static boolean inside(Path folder, Path path) {
        Path base = folder.toAbsolutePath().normalize();
        Path file = path.toAbsolutePath().normalize();
        return file.startsWith(base) && !file.equals(base);
    }
}
