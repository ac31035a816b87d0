
import io.jhdf.api.Dataset;
import java.nio.file.Path;
import lib.nexus.NexusFile;

/**
 * Checks a job's file holds every event (ev44: each message's event ids, in order) or every value (f144: value i of
 * message i), read with jhdf in slices so a 10^8-event file needs little memory. Returns null when it does, or what
 * is wrong.
 */
final class FileCheck {
    private static final int SLICE = 1 << 20;

    private FileCheck() {}

    static String problemWith(Path file, Workload workload) {
        try (NexusFile nexus = NexusFile.open(file)) {
            Dataset dataset = nexus.dataset(workload.checkedDataset()).orElse(null);
            if (dataset == null) {
                return file.getFileName() + " has no dataset " + workload.checkedDataset();
            }
            int[] dimensions = dataset.getDimensions();
            long length = dimensions.length == 0 ? 0 : dimensions[0];
            if (length != workload.expectedCount()) {
                return workload.checkedDataset() + " holds " + length + " entries, expected "
                        + workload.expectedCount();
            }
            MessageMaker expected = new MessageMaker(workload);
            for (long at = 0; at < length; at += SLICE) {
                int count = (int) Math.min(SLICE, length - at);
                Object slice = dataset.getData(new long[] {at}, new int[] {count});
                String wrong = workload.isEv44()
                        ? firstWrongId((int[]) slice, at, expected)
                        : firstWrongValue((double[]) slice, at);
                if (wrong != null) {
                    return workload.checkedDataset() + " " + wrong;
                }
            }
            return null;
        }
    }

    private static String firstWrongId(int[] ids, long from, MessageMaker expected) {
        for (int i = 0; i < ids.length; i++) {
            if (ids[i] != expected.eventId(from + i)) {
                return "[" + (from + i) + "] is " + ids[i] + ", expected " + expected.eventId(from + i);
            }
        }
        return null;
    }

    private static String firstWrongValue(double[] values, long from) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != MessageMaker.f144Value(from + i)) {
                return "[" + (from + i) + "] is " + values[i] + ", expected " + MessageMaker.f144Value(from + i);
            }
        }
        return null;
    }
}
