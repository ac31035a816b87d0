
import hdf.hdf5lib.H5;
import hdf.hdf5lib.HDF5Constants;
import java.nio.file.Path;

/** The baseline: ev44's two event arrays appended per message with plain HDF5 calls (no decoding, no buffering). */
final class Ev44Direct {
    private Ev44Direct() {}

    static double write(Path path, int messages, int[][] offsets, int[][] ids) {
        DirectFile.ensureLoaded();
        long started = System.nanoTime();
        long file = DirectFile.create(path);
        long offsetSet = DirectFile.chunked(file, "event_time_offset", HDF5Constants.H5T_NATIVE_INT32, 1 << 20);
        long idSet = DirectFile.chunked(file, "event_id", HDF5Constants.H5T_NATIVE_INT32, 1 << 20);
        long written = 0;
        for (int i = 0; i < messages; i++) {
            int[] offset = offsets[i % offsets.length];
            DirectFile.append(offsetSet, HDF5Constants.H5T_NATIVE_INT32, written, offset);
            DirectFile.append(idSet, HDF5Constants.H5T_NATIVE_INT32, written, ids[i % ids.length]);
            written += offset.length;
        }
        H5.H5Dclose(offsetSet);
        H5.H5Dclose(idSet);
        H5.H5Fclose(file);
        return (System.nanoTime() - started) / 1e9;
    }
}
