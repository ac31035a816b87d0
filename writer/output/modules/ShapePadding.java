package writer.output.modules;

/** Places an N-d block (C order) into the top-left corner of a larger zero-filled block. */
final class ShapePadding {
    private ShapePadding() {}

    /** Index of every source element in a C-ordered array of shape `to`, for a source of shape `from`. */
    static int[] targetIndices(long[] from, long[] to) {
        int count = (int) product(from);
        int[] indices = new int[count];
        int[] position = new int[from.length];
        for (int i = 0; i < count; i++) {
            long target = 0;
            for (int d = 0; d < from.length; d++) {
                target = target * to[d] + position[d];
            }
            indices[i] = (int) target;
            for (int d = from.length - 1; d >= 0; d--) {
                if (++position[d] < from[d]) {
                    break;
                }
                position[d] = 0;
            }
        }
        return indices;
    }

    static long product(long[] shape) {
        long count = 1;
        for (long dim : shape) {
            count *= dim;
        }
        return count;
    }
}
