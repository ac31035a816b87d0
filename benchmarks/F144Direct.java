
import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import java.nio.file.Path;

/** The baseline: f144's value and time arrays appended 1024 at a time with plain HDF5 calls. */
final class F144Direct {
    private static final int BLOCK = 1024;

    private F144Direct() {}

    static double write(Path path, int messages) {
        DirectFile.ensureLoaded();
        long started = System.nanoTime();
        long file = DirectFile.create(path);
        long valueSet = DirectFile.chunked(file, "value", HDF5Constants.H5T_NATIVE_DOUBLE, BLOCK);
        long timeSet = DirectFile.chunked(file, "time", HDF5Constants.H5T_NATIVE_UINT64, BLOCK);
        double[] values = new double[BLOCK];
        long[] times = new long[BLOCK];
        for (int done = 0; done < messages; done += BLOCK) {
            int count = Math.min(BLOCK, messages - done);
            for (int i = 0; i < count; i++) {
                values[i] = (done + i) * 0.5;
                times[i] = (1000_000L + done + i) * 1_000_000L;
            }
            DirectFile.append(
                    valueSet,
                    HDF5Constants.H5T_NATIVE_DOUBLE,
                    done,
                    count == BLOCK ? values : java.util.Arrays.copyOf(values, count));
            DirectFile.append(
                    timeSet,
                    HDF5Constants.H5T_NATIVE_UINT64,
                    done,
                    count == BLOCK ? times : java.util.Arrays.copyOf(times, count));
        }
        H5.H5Dclose(valueSet);
        H5.H5Dclose(timeSet);
        H5.H5Fclose(file);
        return (System.nanoTime() - started) / 1e9;
    }
}
